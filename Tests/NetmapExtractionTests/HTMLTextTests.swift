import Foundation
import NetmapExtraction
import Testing

@Test func aPageGivesItsArticleTextInBlocks() {
    let page = """
        <!DOCTYPE html><html><head><title>Site | News</title><script>var s = "Trump met Putin";</script></head>
        <body><nav><a>Angela Merkel met Joe Biden</a></nav>
        <article><h1>Leaders   meet</h1><p>German Chancellor Olaf Scholz met<br>French President <b>Emmanuel Macron</b>.</p>
        <!-- Xi Jinping met Narendra Modi --><figure><figcaption>Photo: Reuters</figcaption></figure>
        <p>Macron&#8217;s aides &amp; advisers agreed.</p></article><footer>Vladimir Putin Times</footer></body></html>
        """
    let text = HTMLText.text(of: Data(page.utf8))
    #expect(text == "Leaders meet\n\nGerman Chancellor Olaf Scholz met\n\nFrench President Emmanuel Macron.\n\nMacron\u{2019}s aides & advisers agreed.")
}

@Test func aPageWithoutArticleUsesItsBody() {
    #expect(HTMLText.text(of: Data("<p>One.</p><div>Two <i>three</i></div>".utf8)) == "One.\n\nTwo three")
}

@Test func brokenMarkupAndEmptyPagesNeverFail() {
    #expect(HTMLText.text(of: Data()) == "")
    #expect(HTMLText.text(of: Data("<p>Unclosed <b>bold <p>next".utf8)) == "Unclosed bold\n\nnext")
    #expect(HTMLText.text(of: Data([0xFF, 0xFE, 0x00, 0x3C])).count >= 0)
}
