import Foundation
@testable import NetmapExtraction
import Testing

@Test func fileNamesAndStemsAreThoseFoundationGives() {
    let paths = [
        "sources/001.txt", "001.txt", "001", "a/b/c.d.e", "a.", "a/b.", "/abs/path/x.html", "x..txt", "..txt",
        ".hidden", "dir/.hidden.txt", "dir/", "dir//", "/", "", "a//b.txt", "./a.txt", "../up.jsonl", "a/..",
        "a/.", "news.jsonl.gz", "été/Öl.txt", "name with spaces.md", "a/b/", "a/\u{301}b.txt", "f.\u{301}x",
        "dir/f.\u{301}x", "Öl.txt",
    ]
    for path in paths {
        #expect(TextFile.fileName(path) == (path as NSString).lastPathComponent, "\(path)")
        #expect(
            TextFile.stem(path) == ((path as NSString).lastPathComponent as NSString).deletingPathExtension, "\(path)")
    }
}
