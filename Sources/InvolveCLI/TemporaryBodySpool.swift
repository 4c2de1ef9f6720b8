import InvolveFormats

/// A Word document's body kept in a temporary file while the document is made, so that the
/// body of a large year (tens of megabytes) is not held in memory. The file is unlinked as soon
/// as it is opened: nothing is left behind, whatever happens to the run. It is made beside
/// the output, where the document itself is going, rather than in a small /tmp. The first
/// failure is remembered (`failure`), and what follows it is dropped.
final class TemporaryBodySpool: WordBodySpool {
    private let file: UnlinkedTemporaryFile
    private(set) var failure: String?

    init(beside path: String) throws(OutputFiles.Failure) {
        var code: Int32 = 0
        guard let file = UnlinkedTemporaryFile(in: OutputFiles.parent(of: path), prefix: ".involve-body-", failure: &code) else {
            throw .failed(path, "cannot make a temporary file beside it (\(FileWriter.describe(code)))")
        }
        self.file = file
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        failure = file.append(bytes).map(FileWriter.describe)
    }

    /// Reads the file back from the start in 1 MiB pieces.
    func replay(_ each: (UnsafeRawBufferPointer) -> Void) {
        guard failure == nil else { return }
        failure = file.replay(each).map(FileWriter.describe)
    }
}
