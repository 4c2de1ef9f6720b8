/// An output file written in pieces as it is made, so that a long report is never held in
/// memory whole: the pieces go to a temporary file beside the path, which is synced and put in
/// place (`OutputFiles.place`) only once it is complete, so a reader still sees the old file or
/// the whole new one. A failed write is remembered, the later pieces are dropped, and
/// `finish` removes the temporary file and throws it.
struct StreamedOutputFile {
    let path: String
    private let temporary: String
    private let descriptor: Int32
    private var writeError: String?

    init(path: String) throws(OutputFiles.Failure) {
        self.path = path
        (temporary, descriptor) = try OutputFiles.openTemporary(beside: path)
    }

    mutating func write(_ text: String) {
        guard writeError == nil else { return }
        var text = text
        text.withUTF8 { bytes in writeError = FileWriter.write(UnsafeRawBufferPointer(bytes), to: descriptor).map(FileWriter.describe) }
    }

    mutating func write(bytes: UnsafeRawBufferPointer) {
        guard writeError == nil else { return }
        writeError = FileWriter.write(bytes, to: descriptor).map(FileWriter.describe)
    }

    /// Puts the file in place, or removes it and throws when anything failed.
    consuming func finish(replace: Bool) throws(OutputFiles.Failure) {
        try OutputFiles.closeTemporary(temporary, descriptor, for: path, writeError: writeError)
        try OutputFiles.place(temporary, at: path, replace: replace)
    }

    /// Removes the temporary file: the output is not to be written after all.
    consuming func abandon() {
        _ = try? OutputFiles.closeTemporary(temporary, descriptor, for: path, writeError: "abandoned")
    }
}
