#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a decision record's two files, `<id>.json` (what `involve report` reads) and
/// `<id>.md`, as one unit. Both are written in full to temporary files first, so a full disk
/// leaves neither; then the Markdown and, last, the JSON are moved into place. The JSON is
/// the record: a run killed between the two moves leaves only a Markdown file, which no
/// reader takes for a record and which the next `record` replaces. The whole write holds an
/// exclusive lock (flock) on DIR itself, so two runs at once (even with --force) take turns
/// and never leave one run's Markdown beside the other's JSON; no lock file is left behind.
enum RecordFiles {
    /// `markdown` is rendered only once the JSON is safely in its temporary file, so that a
    /// large record's two renderings are not in memory at the same time as its JSON tree.
    static func write(json: [UInt8], markdown: () -> String, directory: String, id: String, force: Bool) throws(OutputFiles.Failure) {
        let jsonPath = OutputFiles.join(directory, id + ".json")
        let markdownPath = OutputFiles.join(directory, id + ".md")
        try OutputFiles.ensureDirectory(directory)
        let lock = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lock >= 0 else { throw .failed(directory, String(cString: strerror(errno))) }
        defer { _ = close(lock) }  // closing releases the lock
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .failed(directory, "cannot lock it (\(String(cString: strerror(errno))))") }
        }

        // A Markdown file without its JSON is what an interrupted run leaves: not a record.
        let recorded = OutputFiles.exists(jsonPath)
        if recorded && !force { throw .exists(jsonPath) }
        let jsonTemporary = try OutputFiles.writeTemporary(json, beside: jsonPath)
        let markdownTemporary: String
        do {
            markdownTemporary = try OutputFiles.writeTemporary(markdown(), beside: markdownPath)
        } catch {
            _ = unlink(jsonTemporary)
            throw error
        }
        do {
            try OutputFiles.place(markdownTemporary, at: markdownPath, replace: true)
        } catch {
            _ = unlink(jsonTemporary)
            throw error
        }
        // Under the lock, and checked above: replacing is safe, and the JSON of a record
        // written meanwhile by a run without the lock (an older involve) is still not lost
        // without --force, since link(2) refuses an existing file.
        try OutputFiles.place(jsonTemporary, at: jsonPath, replace: force)
    }
}
