//! Tokens already verified, remembered for their lifetime. Checking a signature is most of the
//! cost of a small read; a client sends the same token with every request until it expires, so
//! the caller it names is kept until its `exp` and verified again only after that.

use std::num::NonZeroUsize;
use std::sync::Mutex;

use lru::LruCache;

use super::Caller;

/// How many distinct tokens are remembered: far more than the callers active at once.
const CAPACITY: usize = 10_000;

/// The callers of recently verified tokens, each until its token expires.
pub struct VerifiedTokens {
    entries: Mutex<LruCache<String, (Caller, u64)>>,
}

impl Default for VerifiedTokens {
    fn default() -> Self {
        let capacity = NonZeroUsize::new(CAPACITY).unwrap_or(NonZeroUsize::MIN);
        Self {
            entries: Mutex::new(LruCache::new(capacity)),
        }
    }
}

impl VerifiedTokens {
    /// The caller `token` was verified as, while it is unexpired at `now` (Unix seconds).
    pub fn get(&self, token: &str, now: u64) -> Option<Caller> {
        let mut entries = self.entries.lock().ok()?;
        match entries.get(token) {
            Some((caller, expires)) if now < *expires => Some(caller.clone()),
            Some(_) => {
                entries.pop(token);
                None
            }
            None => None,
        }
    }

    /// Remembers that `token` names `caller` until `expires` (Unix seconds).
    pub fn put(&self, token: &str, caller: &Caller, expires: u64) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.put(token.to_owned(), (caller.clone(), expires));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Role;

    fn caller() -> Caller {
        Caller {
            issuer: "realise".into(),
            subject: "board".into(),
            email: None,
            name: None,
            role: Role::ProgrammeBoard,
            organisation: None,
        }
    }

    #[test]
    fn a_token_is_remembered_until_it_expires_and_not_after() {
        let tokens = VerifiedTokens::default();
        tokens.put("t", &caller(), 1_000);
        // (now, remembered?)
        for (now, expected) in [(0, true), (999, true), (1_000, false), (1_001, false)] {
            assert_eq!(tokens.get("t", now).is_some(), expected, "at {now}");
        }
        assert_eq!(tokens.get("other", 0), None);
    }
}
