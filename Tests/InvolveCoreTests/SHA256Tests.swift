import Testing
@testable import InvolveCore

@Suite struct SHA256Tests {
    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Hashes `message` by feeding it to a streaming hasher `chunkSize` bytes at a time.
    private static func streamed(_ message: [UInt8], chunkSize: Int) -> [UInt8] {
        var hasher = SHA256()
        var start = 0
        while start < message.count {
            let end = min(start + chunkSize, message.count)
            hasher.update(message[start..<end])
            start = end
        }
        return hasher.finalize()
    }

    /// A message that is not all one byte value, so misplaced bytes change the digest.
    private static let patterned: [UInt8] = (0..<1000).map { UInt8($0 % 251) }

    // MARK: Published vectors (NIST FIPS 180-2 appendix B / CSRC examples, and common references)

    @Test(arguments: [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("The quick brown fox jumps over the lazy dog",
         "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
    ])
    func publishedVectors(_ message: String, _ expected: String) {
        #expect(SHA256.hexDigest(Self.bytes(message)) == expected)
    }

    @Test func oneMillionLetterA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hexDigest(message) == expected)
        #expect(SHA256.hex(Self.streamed(message, chunkSize: 1000)) == expected)
    }

    /// The rounds are written out for speed and whole runs of blocks are compressed in one
    /// call: pieces of many blocks with a partial block between them give the published digest.
    @Test(arguments: [127, 4097, 65_536, 999_999])
    func oneMillionLetterAInPiecesOfManyBlocks(_ chunkSize: Int) {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(Self.streamed(message, chunkSize: chunkSize)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func digestIsThirtyTwoBytesAndHexIsSixtyFourLowercaseCharacters() {
        let digest = SHA256.digest(Self.bytes("abc"))
        #expect(digest.count == 32)
        #expect(Array(digest.prefix(4)) == [0xba, 0x78, 0x16, 0xbf])
        let hex = SHA256.hexDigest(Self.bytes("abc"))
        #expect(hex.count == 64)
        #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
    }

    // MARK: Streaming

    @Test(arguments: [1, 3, 63, 64, 65])
    func streamingInChunksMatchesOneShot(_ chunkSize: Int) {
        let message = Self.patterned
        #expect(Self.streamed(message, chunkSize: chunkSize) == SHA256.digest(message))
    }

    @Test func streamingTheFourHundredFortyEightBitVectorInThreesGivesThePublishedDigest() {
        let message = Self.bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        #expect(SHA256.hex(Self.streamed(message, chunkSize: 3))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func allUpdateOverloadsAgree() {
        let message = Self.patterned
        let expected = SHA256.digest(message)

        var fromRawBuffer = SHA256()
        message.withUnsafeBytes { fromRawBuffer.update($0) }
        #expect(fromRawBuffer.finalize() == expected)

        var fromContiguousSlice = SHA256()
        fromContiguousSlice.update(message[0..<500])
        fromContiguousSlice.update(message[500...])
        #expect(fromContiguousSlice.finalize() == expected)

        // A lazy map has no contiguous storage, so this takes the byte-gathering path.
        var fromLazySequence = SHA256()
        fromLazySequence.update((0..<1000).lazy.map { UInt8($0 % 251) })
        #expect(fromLazySequence.finalize() == expected)

        var fromUTF8View = SHA256()
        fromUTF8View.update("abc".utf8)
        #expect(SHA256.hex(fromUTF8View.finalize())
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func emptyUpdatesChangeNothing() {
        var hasher = SHA256()
        hasher.update([UInt8]())
        hasher.update(Self.bytes("ab"))
        hasher.update([UInt8]())
        hasher.update(Self.bytes("c"))
        #expect(SHA256.hex(hasher.finalize())
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func finalizeResetsTheHasherForANewMessage() {
        var hasher = SHA256()
        hasher.update(Self.bytes("The quick brown fox jumps over the lazy dog"))
        _ = hasher.finalize()
        #expect(SHA256.hex(hasher.finalize())
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        hasher.update(Self.bytes("abc"))
        #expect(SHA256.hex(hasher.finalize())
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    // MARK: Padding boundaries (section 5.1.1)

    /// Around 55/56 bytes the length field stops fitting in the last block; around 63/64/65
    /// the message fills a whole block. Expected digests of n letters "a" were computed
    /// independently with GNU coreutils `sha256sum` (e.g. `head -c 56 /dev/zero | tr '\0' a | sha256sum`).
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func paddingBoundaryLengthsMatchSha256sum(_ length: Int, _ expected: String) {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        #expect(SHA256.hexDigest(message) == expected)
    }

    @Test(arguments: [55, 56, 57, 63, 64, 65, 119, 120, 127, 128])
    func boundaryLengthsOneShotMatchesByteAtATime(_ length: Int) {
        let message = Array(Self.patterned.prefix(length))
        var hasher = SHA256()
        for byte in message { hasher.update(CollectionOfOne(byte)) }
        #expect(hasher.finalize() == SHA256.digest(message))
    }

    @Test func patternedThousandBytesAndAllByteValuesMatchSha256sum() {
        // python3 -c "import sys; sys.stdout.buffer.write(bytes(i%251 for i in range(1000)))" | sha256sum
        #expect(SHA256.hexDigest(Self.patterned)
                == "4e4c294b331f7a2099a379bec34b9f9fc03dc46ab465d998f4d683da53487e6d")
        // python3 -c "import sys; sys.stdout.buffer.write(bytes(range(256)))" | sha256sum
        #expect(SHA256.hexDigest((0...255).map { UInt8($0) })
                == "40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880")
    }

    @Test func roundConstantsAreTheSixtyFourFromTheStandard() {
        #expect(SHA256.k.count == 64)
        #expect(SHA256.k.first == 0x428a2f98)
        #expect(SHA256.k.last == 0xc67178f2)
    }
}
