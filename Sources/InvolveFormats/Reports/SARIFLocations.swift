import InvolveCore

/// Where SARIF results point: project files as artifact locations relative to `%SRCROOT%`
/// (or absolute URIs when outside it), regions from a fact's first character to the one after it.
extension SARIFReport {
    /// A project file as an artifact location: relative to `%SRCROOT%` when it lies under the
    /// base directory, otherwise a `file://` URI (or the bare name for standard input).
    struct Artifact {
        let uri: String
        let relative: Bool
    }

    static func artifact(_ file: String, _ paths: ArtifactPaths) -> Artifact {
        if let relative = paths.relative(file) { return Artifact(uri: uri(relative), relative: true) }
        // Outside the base directory: the absolute path, which says where the file is even
        // though code scanning cannot place it.
        return Artifact(uri: uri(paths.absolute(file) ?? file), relative: false)
    }

    /// A region from the value's first character to the one after it; a point (no end) when
    /// only the start is known, as for input errors.
    static func location(_ artifact: Artifact, _ span: SourceSpan?, into json: inout JSONStream) {
        json.object { json in
            json.member("physicalLocation", object: { json in
                json.member("artifactLocation", object: { json in
                    json.member("uri", artifact.uri)
                    if artifact.relative { json.member("uriBaseId", SARIFReport.sourceRoot) }
                })
                if let span {
                    json.member("region", object: { json in
                        json.member("startLine", span.start.line)
                        json.member("startColumn", span.start.column)
                        if span.end.offset > span.start.offset {
                            json.member("endLine", span.end.line)
                            json.member("endColumn", span.end.column)
                        }
                    })
                }
            })
        }
    }

    /// `file:///abs/dir/`: a directory as a base URI (with the slash that makes relative
    /// references resolve inside it).
    static func directoryURI(_ directory: String) -> String {
        let encoded = uri(directory)
        return encoded.hasSuffix("/") ? encoded : encoded + "/"
    }

    /// The file as a URI reference: relative paths stay relative (code scanning resolves them
    /// against the repository root), absolute ones become `file://` URIs. Characters outside
    /// the URI's unreserved set are percent-encoded.
    public static func uri(_ file: String) -> String {
        if file == "<stdin>" { return "stdin" }
        var path = Substring(file)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        let scheme = path.hasPrefix("/") ? "file://" : ""
        // Most paths need no encoding: keep them whole rather than rebuilding them byte by byte.
        if path.utf8.allSatisfy(isUnreserved) { return scheme + path }
        var encoded = scheme
        for byte in path.utf8 {
            if isUnreserved(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return encoded
    }

    /// Letters, digits, `-._~` and `/`: the bytes a URI path keeps as they are.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }
}
