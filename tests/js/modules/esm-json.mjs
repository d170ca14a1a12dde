// JSON modules: static and dynamic import with the { type: 'json' } attribute; missing attribute fails.
import data from './fixtures/data.json' with { type: 'json' };
console.log('static', JSON.stringify(data));
const again = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log('dynamic same object', again.default === data, Object.keys(again).join(','));
try {
  await import('./fixtures/data.json');
  console.log('loaded without attribute?!');
} catch (e) {
  console.log('without attribute', e.name, e.code);
}
