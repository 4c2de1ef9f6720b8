#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InvolveCore

/// What a search of one folder found: the files whose names make them candidate project files
/// (by `ProjectFileDiscovery`'s rule), and the subfolders that could not be read, in one list
/// sorted by path (UTF-8 byte order, the same on every machine whatever its locale). Only
/// paths are kept, never content, so memory does not grow with the size of the files.
struct FolderSearch: Equatable {
    enum Entry: Equatable {
        case candidate(String)
        /// A folder that cannot be read; sorted by that folder's path.
        case problem(path: String)
    }

    /// The folder as given on the command line.
    let path: String
    let entries: [Entry]

    static func unreadable(_ path: String) -> InputErrors {
        problem(path, "the directory cannot be read (check its permissions)", expected: "a readable directory")
    }

    static func noProjectFiles(_ path: String) -> InputErrors {
        problem(path, "there are no project files (*.json) in this directory",
                expected: "a directory holding project files, or the path of a file")
    }

    private static func problem(_ path: String, _ message: String, expected: String) -> InputErrors {
        InputErrors(diagnostics: [InputDiagnostic(file: path, location: nil, path: .root, message: message, expected: expected)])
    }
}

/// Walks a folder tree deciding by name only: it lists each folder once with `opendir`/`readdir`
/// and uses the entry type the listing already gives (`d_type`), so a plain file costs no system
/// call at all. It calls `lstat`/`stat` only where the listing cannot say: a file system that
/// reports no type, and symbolic links whose names make them candidates (a link to a file is
/// followed; a link to a folder is not, so a search cannot loop; a broken link is skipped).
/// Whether a candidate is a decision record is decided later, on the bytes read for assessing.
enum FolderWalk {
    static func search(_ directory: String) -> FolderSearch {
        var entries: [FolderSearch.Entry] = []
        collect(in: directory, into: &entries)
        return FolderSearch(path: directory, entries: entries.sorted { precedes(key($0), key($1)) })
    }

    /// UTF-8 byte order, as `a.utf8.lexicographicallyPrecedes(b.utf8)` gives it, by `memcmp` on
    /// the strings' own storage: a search of thousands of files lists them in no order, and
    /// the generic comparison, a byte at a time, made sorting them cost as much as walking.
    static func precedes(_ a: String, _ b: String) -> Bool {
        let ordered = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b in
                let common = min(a.count, b.count)
                if common > 0, let first = a.baseAddress, let second = b.baseAddress {
                    let order = memcmp(first, second, common)
                    if order != 0 { return order < 0 }
                }
                return a.count < b.count
            }
        }
        return (ordered ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    private static func key(_ entry: FolderSearch.Entry) -> String {
        switch entry {
        case .candidate(let path), .problem(let path): return path
        }
    }

    private enum Kind {
        case folder
        case file
        case link
        /// The file system did not report the type.
        case unknown
    }

    private static func collect(in directory: String, into entries: inout [FolderSearch.Entry]) {
        guard let listing = list(directory) else {
            entries.append(.problem(path: directory))
            return
        }
        // Without search (x) permission a folder's names can be listed but nothing in it can be
        // opened or stat'ed; the search has always found nothing in such a folder, and still does.
        guard faccessat(AT_FDCWD, directory, X_OK, AT_EACCESS) == 0 else { return }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for (name, listed) in listing where !name.hasPrefix(".") {
            let path = prefix + name
            var kind = listed
            if kind == .unknown {
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: kind = .folder
                case S_IFLNK: kind = .link
                default: kind = .file
                }
            }
            switch kind {
            case .folder:
                if ProjectFileDiscovery.searchesFolder(named: name) { collect(in: path, into: &entries) }
            case .file:
                if ProjectFileDiscovery.isCandidate(named: name) { entries.append(.candidate(path)) }
            case .link:
                // Only a link whose name makes it a candidate is looked through (one `stat`): it
                // counts when it leads to something that is there and is not a folder.
                guard ProjectFileDiscovery.isCandidate(named: name) else { continue }
                var status = stat()
                if stat(path, &status) == 0 && !isFolder(status.st_mode) { entries.append(.candidate(path)) }
            case .unknown:
                continue
            }
        }
    }

    private static func isFolder(_ mode: mode_t) -> Bool { (mode & S_IFMT) == S_IFDIR }

    /// The names in `directory` with their types, or nil when it cannot be listed. The folder
    /// is closed before any subfolder is opened, so a deep tree does not hold many descriptors.
    private static func list(_ directory: String) -> [(name: String, kind: Kind)]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var listing: [(name: String, kind: Kind)] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                // NULL with errno set is an error part-way through, not the end of the listing.
                return errno == 0 ? listing : nil
            }
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            listing.append((name, kind(entry.pointee.d_type)))
        }
    }

    private static func kind(_ type: UInt8) -> Kind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK): return .link
        case Int32(DT_UNKNOWN): return .unknown
        // Regular files, and also pipes, sockets and devices: the search has always listed
        // those by name, and reading one says what is wrong with it.
        default: return .file
        }
    }
}
