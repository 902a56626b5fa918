// How often each token of an article occurs, in a table made for keys that are hashes already.

/// Counts of ``ArticleVocabulary/Token``s in an open-addressed table.
///
/// Tokens are 64-bit hashes of words; a `Dictionary` hashed each of them again with SipHash on
/// every count and every lookup, which cost more than reading the words. Here a token's own bits,
/// mixed once, pick its slot.
struct TokenCounts {
    /// Slot keys; `0` marks an empty slot, so the token 0 is counted apart.
    private var keys: [UInt64]
    private var values: [Int]
    private var zeroCount = 0
    /// How many slots are taken.
    private var occupied = 0

    init(minimumCapacity: Int = 64) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Int](repeating: 0, count: capacity)
    }

    /// The count of a token; 0 when it never occurred.
    subscript(token: UInt64) -> Int {
        if token == 0 { return zeroCount }
        var slot = TokenCounts.slot(of: token, capacity: keys.count)
        while keys[slot] != 0 {
            if keys[slot] == token { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return 0
    }

    /// Adds `change` to a token's count.
    mutating func add(_ token: UInt64, _ change: Int = 1) {
        if token == 0 {
            zeroCount += change
            return
        }
        if (occupied + 1) * 2 > keys.count { grow() }
        var slot = TokenCounts.slot(of: token, capacity: keys.count)
        while keys[slot] != 0 {
            if keys[slot] == token {
                values[slot] += change
                return
            }
            slot = (slot + 1) & (keys.count - 1)
        }
        keys[slot] = token
        values[slot] = change
        occupied += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int](repeating: 0, count: oldKeys.count * 2)
        occupied = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 { add(key, value) }
    }

    /// The slot a token starts looking from: FNV's low bits vary least, so the bits are mixed first.
    @inline(__always)
    private static func slot(of token: UInt64, capacity: Int) -> Int {
        let mixed = (token ^ (token >> 32)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & (capacity - 1)
    }
}
