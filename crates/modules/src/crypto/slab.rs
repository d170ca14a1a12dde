//! Running hash and HMAC states, kept in Rust between `update()` calls and
//! named in JavaScript by a number.
//!
//! A handle is `generation * 2^32 + index`: a slot freed and reused gets a
//! new generation, so a stale handle (a state already digested, or freed
//! twice) finds nothing instead of someone else's state. Generations wrap
//! below 2^20 so that every handle is an exact JavaScript number.

use super::digests::Hasher;

const GENERATIONS: u32 = 1 << 20;
const INDEX_SPAN: f64 = 4_294_967_296.0;

struct Slot {
    generation: u32,
    state: Option<Box<dyn Hasher>>,
}

/// A slab of running states.
#[derive(Default)]
pub struct Slab {
    slots: Vec<Slot>,
    free: Vec<u32>,
    live: usize,
}

impl Slab {
    /// Stores a state; returns its handle.
    pub fn insert(&mut self, state: Box<dyn Hasher>) -> f64 {
        self.live += 1;
        let index = match self.free.pop() {
            Some(index) => index,
            None => {
                self.slots.push(Slot {
                    generation: 0,
                    state: None,
                });
                (self.slots.len() - 1) as u32
            }
        };
        let slot = &mut self.slots[index as usize];
        slot.state = Some(state);
        slot.generation as f64 * INDEX_SPAN + index as f64
    }

    fn locate(&self, handle: f64) -> Option<usize> {
        if !(handle >= 0.0 && handle.fract() == 0.0) {
            return None;
        }
        let index = (handle % INDEX_SPAN) as usize;
        let generation = (handle / INDEX_SPAN).floor() as u32;
        let slot = self.slots.get(index)?;
        (slot.generation == generation && slot.state.is_some()).then_some(index)
    }

    /// The state behind a live handle.
    pub fn get_mut(&mut self, handle: f64) -> Option<&mut Box<dyn Hasher>> {
        let index = self.locate(handle)?;
        self.slots[index].state.as_mut()
    }

    /// Removes a state, ending its handle.
    pub fn take(&mut self, handle: f64) -> Option<Box<dyn Hasher>> {
        let index = self.locate(handle)?;
        let slot = &mut self.slots[index];
        let state = slot.state.take();
        slot.generation = (slot.generation + 1) % GENERATIONS;
        self.free.push(index as u32);
        self.live -= 1;
        state
    }

    /// How many states are live.
    pub fn live(&self) -> usize {
        self.live
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::digests::Algorithm;

    #[test]
    fn stale_handles_find_nothing() {
        let mut slab = Slab::default();
        let a = slab.insert(Algorithm::Md5.hasher());
        assert!(slab.get_mut(a).is_some());
        assert!(slab.take(a).is_some());
        assert!(slab.take(a).is_none());
        let b = slab.insert(Algorithm::Md5.hasher());
        assert_ne!(a, b, "a reused slot gets a new generation");
        assert!(slab.get_mut(a).is_none());
        assert!(slab.get_mut(b).is_some());
        assert_eq!(slab.live(), 1);
        assert!(slab.get_mut(-1.0).is_none());
        assert!(slab.get_mut(0.5).is_none());
        assert!(slab.get_mut(f64::NAN).is_none());
    }
}
