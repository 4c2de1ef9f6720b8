/// SHA-256 as specified in FIPS 180-4, "Secure Hash Standard" (NIST, August 2015).
///
/// Decision records carry the SHA-256 of the input file they were made from, so that a
/// record can later be matched to exactly the bytes it assessed. The project takes no
/// package dependencies and CryptoKit is not available on Linux, so the hash is
/// implemented here. Section numbers in the comments refer to FIPS 180-4.
///
/// One-shot use:
///
///     let hex = SHA256.hexDigest(Array(fileContents))
///
/// Streaming use, for input that arrives in pieces:
///
///     var hasher = SHA256()
///     hasher.update(firstChunk)
///     hasher.update(secondChunk)
///     let digest = hasher.finalize()   // 32 bytes
///
/// The hasher keeps at most one partial 64-byte block between calls; whole blocks are
/// compressed directly from the caller's bytes without being copied.
public struct SHA256: Sendable {
    /// Size of a message block in bytes (512 bits, section 1, figure 1).
    public static let blockSize = 64
    /// Size of the message digest in bytes (256 bits).
    public static let digestSize = 32

    /// The eight 32-bit working hash values H0...H7 (section 6.2).
    private var state: State
    /// Bytes received but not yet compressed: always fewer than 64.
    private var pending: [UInt8]
    /// Total message length so far, in bytes. FIPS 180-4 limits SHA-256 messages to fewer
    /// than 2^64 bits; the length field in the padding is taken modulo 2^64 bits.
    private var byteCount: UInt64

    /// A hasher ready for a new message, holding the initial hash value (section 5.3.3).
    public init() {
        state = State()
        pending = []
        pending.reserveCapacity(SHA256.blockSize)
        byteCount = 0
    }

    // MARK: - One-shot

    /// The 32-byte SHA-256 digest of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The SHA-256 digest of `bytes` as 64 lowercase hexadecimal characters.
    public static func hexDigest(_ bytes: [UInt8]) -> String {
        hex(digest(bytes))
    }

    /// Lowercase hexadecimal spelling of `bytes`, two characters per byte.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var characters: [UInt8] = []
        characters.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            characters.append(digits[Int(byte >> 4)])
            characters.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: characters, as: UTF8.self)
    }

    // MARK: - Streaming

    /// Adds `bytes` to the message. Whole 64-byte blocks are compressed in place.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        guard count > 0 else { return }
        byteCount &+= UInt64(count)
        var offset = 0

        // Top up a partial block left over from an earlier call.
        if !pending.isEmpty {
            let take = Swift.min(SHA256.blockSize - pending.count, count)
            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<take]))
            offset = take
            if pending.count == SHA256.blockSize {
                pending.withUnsafeBytes { state.compress($0) }
                pending.removeAll(keepingCapacity: true)
            }
        }

        // Parsing the message (section 5.2.1): consecutive 512-bit blocks M(1)...M(N),
        // compressed straight from the caller's buffer, all in one call.
        let whole = (count - offset) / SHA256.blockSize * SHA256.blockSize
        if whole > 0 {
            state.compress(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + whole)]))
            offset += whole
        }

        // Keep the tail (fewer than 64 bytes) for the next call or for padding.
        if offset < count {
            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[offset..<count]))
        }
    }

    /// Adds `bytes` to the message.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Adds `bytes` to the message. Contiguous sequences (arrays, array slices, `Data`,
    /// native strings' `utf8` views) are hashed without copying; others are gathered a
    /// block at a time.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            update(UnsafeRawBufferPointer(buffer))
        }
        if handled != nil { return }

        var block: [UInt8] = []
        block.reserveCapacity(SHA256.blockSize)
        for byte in bytes {
            block.append(byte)
            if block.count == SHA256.blockSize {
                update(block)
                block.removeAll(keepingCapacity: true)
            }
        }
        update(block)
    }

    /// Pads the message, processes the final block(s) and returns the 32-byte digest.
    ///
    /// Afterwards the hasher is reset to its initial state, ready for a new message.
    public mutating func finalize() -> [UInt8] {
        // Padding the message (section 5.1.1): for a message of l bits, append the bit 1,
        // then k zero bits, the smallest k >= 0 with l + 1 + k ≡ 448 (mod 512), then l as a
        // 64-bit big-endian integer. The padded message is a whole number of 512-bit blocks.
        // Messages here are whole bytes, so the 1 bit and the first 7 zero bits form 0x80.
        let bitLength = byteCount &<< 3
        let used = pending.count + 1  // bytes in the last block once 0x80 is appended
        let zeroCount = used <= 56 ? 56 - used : 64 + 56 - used
        var padding = [UInt8](repeating: 0, count: 1 + zeroCount + 8)
        padding[0] = 0x80
        for index in 0..<8 {
            padding[padding.count - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(index)))
        }
        update(padding)

        // The digest is H0 || H1 || ... || H7, each word big-endian (section 6.2.2, end).
        let words = state.words
        var digest: [UInt8] = []
        digest.reserveCapacity(SHA256.digestSize)
        for word in words {
            digest.append(UInt8(truncatingIfNeeded: word >> 24))
            digest.append(UInt8(truncatingIfNeeded: word >> 16))
            digest.append(UInt8(truncatingIfNeeded: word >> 8))
            digest.append(UInt8(truncatingIfNeeded: word))
        }
        self = SHA256()
        return digest
    }

    // MARK: - Constants

    /// The sixty-four constant words K0...K63 (section 4.2.2): the first 32 bits of the
    /// fractional parts of the cube roots of the first sixty-four prime numbers.
    static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    // MARK: - Hash computation

    /// The intermediate hash value H(i) and the compression function.
    private struct State: Sendable {
        // Initial hash value H(0) (section 5.3.3): the first 32 bits of the fractional parts
        // of the square roots of the first eight prime numbers.
        var h0: UInt32 = 0x6a09e667
        var h1: UInt32 = 0xbb67ae85
        var h2: UInt32 = 0x3c6ef372
        var h3: UInt32 = 0xa54ff53a
        var h4: UInt32 = 0x510e527f
        var h5: UInt32 = 0x9b05688c
        var h6: UInt32 = 0x1f83d9ab
        var h7: UInt32 = 0x5be0cd19

        var words: [UInt32] { [h0, h1, h2, h3, h4, h5, h6, h7] }

        /// Processes whole 64-byte blocks M(i) (section 6.2.2), `blocks.count` a multiple of 64.
        /// All addition is modulo 2^32. Written for speed, since every record the annual report
        /// reads is hashed whole: the working variables and the sixteen schedule words stay in
        /// locals (registers) across the blocks, the rounds are written out sixteen at a time
        /// with the variables' names rotated instead of their values moved, and the schedule is
        /// kept as the sixteen words the next rounds need (Wt for t >= 16 overwrites Wt-16).
        mutating func compress(_ blocks: UnsafeRawBufferPointer) {
            SHA256.k.withUnsafeBufferPointer { k in
                var offset = 0
                while offset &+ SHA256.blockSize <= blocks.count {
                    // For 0 <= t <= 15, Wt is word t of the block, read big-endian (section 3.1).
                    func word(_ t: Int) -> UInt32 {
                        UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: offset &+ t &* 4, as: UInt32.self))
                    }
                    var w0 = word(0), w1 = word(1), w2 = word(2), w3 = word(3), w4 = word(4), w5 = word(5)
                    var w6 = word(6), w7 = word(7), w8 = word(8), w9 = word(9), w10 = word(10), w11 = word(11)
                    var w12 = word(12), w13 = word(13), w14 = word(14), w15 = word(15)

                    // Step 2: initialise the working variables a...h with H(i-1).
                    var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7

                    // Step 3: sixty-four rounds, sixteen at a time.
                    var t = 0
                    while true {
                        round(a, b, c, &d, e, f, g, &h, k[t] &+ w0)
                        round(h, a, b, &c, d, e, f, &g, k[t &+ 1] &+ w1)
                        round(g, h, a, &b, c, d, e, &f, k[t &+ 2] &+ w2)
                        round(f, g, h, &a, b, c, d, &e, k[t &+ 3] &+ w3)
                        round(e, f, g, &h, a, b, c, &d, k[t &+ 4] &+ w4)
                        round(d, e, f, &g, h, a, b, &c, k[t &+ 5] &+ w5)
                        round(c, d, e, &f, g, h, a, &b, k[t &+ 6] &+ w6)
                        round(b, c, d, &e, f, g, h, &a, k[t &+ 7] &+ w7)
                        round(a, b, c, &d, e, f, g, &h, k[t &+ 8] &+ w8)
                        round(h, a, b, &c, d, e, f, &g, k[t &+ 9] &+ w9)
                        round(g, h, a, &b, c, d, e, &f, k[t &+ 10] &+ w10)
                        round(f, g, h, &a, b, c, d, &e, k[t &+ 11] &+ w11)
                        round(e, f, g, &h, a, b, c, &d, k[t &+ 12] &+ w12)
                        round(d, e, f, &g, h, a, b, &c, k[t &+ 13] &+ w13)
                        round(c, d, e, &f, g, h, a, &b, k[t &+ 14] &+ w14)
                        round(b, c, d, &e, f, g, h, &a, k[t &+ 15] &+ w15)
                        t &+= 16
                        if t == 64 { break }
                        // Step 1, for the next sixteen: Wt = σ1(Wt-2) + Wt-7 + σ0(Wt-15) + Wt-16.
                        w0 &+= smallSigma1(w14) &+ w9 &+ smallSigma0(w1)
                        w1 &+= smallSigma1(w15) &+ w10 &+ smallSigma0(w2)
                        w2 &+= smallSigma1(w0) &+ w11 &+ smallSigma0(w3)
                        w3 &+= smallSigma1(w1) &+ w12 &+ smallSigma0(w4)
                        w4 &+= smallSigma1(w2) &+ w13 &+ smallSigma0(w5)
                        w5 &+= smallSigma1(w3) &+ w14 &+ smallSigma0(w6)
                        w6 &+= smallSigma1(w4) &+ w15 &+ smallSigma0(w7)
                        w7 &+= smallSigma1(w5) &+ w0 &+ smallSigma0(w8)
                        w8 &+= smallSigma1(w6) &+ w1 &+ smallSigma0(w9)
                        w9 &+= smallSigma1(w7) &+ w2 &+ smallSigma0(w10)
                        w10 &+= smallSigma1(w8) &+ w3 &+ smallSigma0(w11)
                        w11 &+= smallSigma1(w9) &+ w4 &+ smallSigma0(w12)
                        w12 &+= smallSigma1(w10) &+ w5 &+ smallSigma0(w13)
                        w13 &+= smallSigma1(w11) &+ w6 &+ smallSigma0(w14)
                        w14 &+= smallSigma1(w12) &+ w7 &+ smallSigma0(w15)
                        w15 &+= smallSigma1(w13) &+ w8 &+ smallSigma0(w0)
                    }

                    // Step 4: the i-th intermediate hash value H(i) = H(i-1) + working variables.
                    h0 &+= a
                    h1 &+= b
                    h2 &+= c
                    h3 &+= d
                    h4 &+= e
                    h5 &+= f
                    h6 &+= g
                    h7 &+= h
                    offset &+= SHA256.blockSize
                }
            }
        }
    }
}

/// One round of step 3 (section 6.2.2), with `kw` = Kt + Wt: T1 = h + Σ1(e) + Ch(e, f, g) + kw and
/// T2 = Σ0(a) + Maj(a, b, c); then d + T1 is the new e and T1 + T2 the new a. Written into `d`
/// and `h`, the caller's next round names the variables one place on instead of moving them.
@inline(__always)
private func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                   _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
    let t1 = h &+ bigSigma1(e) &+ choose(e, f, g) &+ kw
    d &+= t1
    h = t1 &+ bigSigma0(a) &+ majority(a, b, c)
}

// MARK: - Functions (section 4.1.2)

/// ROTR^n(x), rotate right (section 3.2). `n` is always in 1...31 here.
@inline(__always)
private func rotateRight(_ x: UInt32, _ n: UInt32) -> UInt32 {
    (x &>> n) | (x &<< (32 &- n))
}

/// Ch(x, y, z) = (x ∧ y) ⊕ (¬x ∧ z)  (4.2)
@inline(__always)
private func choose(_ x: UInt32, _ y: UInt32, _ z: UInt32) -> UInt32 {
    (x & y) ^ (~x & z)
}

/// Maj(x, y, z) = (x ∧ y) ⊕ (x ∧ z) ⊕ (y ∧ z)  (4.3)
@inline(__always)
private func majority(_ x: UInt32, _ y: UInt32, _ z: UInt32) -> UInt32 {
    (x & y) ^ (x & z) ^ (y & z)
}

/// Σ0(x) = ROTR^2(x) ⊕ ROTR^13(x) ⊕ ROTR^22(x)  (4.4)
@inline(__always)
private func bigSigma0(_ x: UInt32) -> UInt32 {
    rotateRight(x, 2) ^ rotateRight(x, 13) ^ rotateRight(x, 22)
}

/// Σ1(x) = ROTR^6(x) ⊕ ROTR^11(x) ⊕ ROTR^25(x)  (4.5)
@inline(__always)
private func bigSigma1(_ x: UInt32) -> UInt32 {
    rotateRight(x, 6) ^ rotateRight(x, 11) ^ rotateRight(x, 25)
}

/// σ0(x) = ROTR^7(x) ⊕ ROTR^18(x) ⊕ SHR^3(x)  (4.6)
@inline(__always)
private func smallSigma0(_ x: UInt32) -> UInt32 {
    rotateRight(x, 7) ^ rotateRight(x, 18) ^ (x &>> 3)
}

/// σ1(x) = ROTR^17(x) ⊕ ROTR^19(x) ⊕ SHR^10(x)  (4.7)
@inline(__always)
private func smallSigma1(_ x: UInt32) -> UInt32 {
    rotateRight(x, 17) ^ rotateRight(x, 19) ^ (x &>> 10)
}
