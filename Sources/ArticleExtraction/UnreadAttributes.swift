// The attributes no stage of the extraction reads, for the parser to leave out.
import HTMLParser

extension AttributeFilter {
    /// What the extraction never asks an element for: event handlers (`onclick`), data and ARIA
    /// attributes other than the addresses of lazily loaded images and `aria-hidden`, namespaces,
    /// vector graphics' geometry and paint, responsive image sets, link targets, form fields'
    /// values and loading hints. Pages parsed without them (``ParseOptions/leftOutAttributes``)
    /// give the same article, sooner: libxml2 reads and allocates every attribute. Tested on the
    /// fixtures; a stage that comes to read one of them must take it off this list.
    public static let unreadByExtraction = AttributeFilter(
        names: ["d", "points", "viewbox", "transform", "fill", "fill-rule", "clip-rule", "stroke", "stroke-width", "focusable",
                "srcset", "sizes", "loading", "decoding", "fetchpriority", "crossorigin", "integrity", "async", "defer",
                "target", "tabindex", "value", "placeholder", "autocomplete", "action", "method", "for", "xlink:href"],
        prefixes: ["data-", "on", "aria-", "xmlns"],
        except: ImageSource.lazyAddressAttributes + ["aria-hidden"])
}
