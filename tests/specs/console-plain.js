console.log('%%'); console.log('100%'); console.log('a', 'b%s', 'c'); console.log('%s!', 'x'); console.log(''); console.log(); console.log('x', 1); console.log('multi\nline');
console.group('g'); console.log('in\ngroup'); console.groupEnd(); console.log('%d%%', 5);
