// The parts of libxml2 that HTMLParser uses, plus wrappers Swift 6 cannot call directly.
#ifndef SCRAPE_CLIBXML2_SHIM_H
#define SCRAPE_CLIBXML2_SHIM_H

// libxml2 built with ICU includes ICU's headers, which clash with the ICU copy inside Swift's
// Foundation. Nothing here touches the converter internals that need them, so leave them out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>

// xmlFree is a mutable global function pointer, which Swift 6 refuses to reference from
// concurrent code; calling it through an inline function keeps the strict checking on.
static inline void scrape_xmlFree(void *pointer) {
    xmlFree(pointer);
}

// Error reports go nowhere: pages are broken by nature and the per-parse context counts them.
static inline void scrape_silentStructuredError(void *userData, xmlErrorPtr error) {
    (void)userData;
    (void)error;
}

static inline void scrape_silenceContext(htmlParserCtxtPtr context) {
    if (context == NULL) return;
    context->sax->serror = scrape_silentStructuredError;
    context->sax->error = NULL;
    context->sax->warning = NULL;
    context->vctxt.error = NULL;
    context->vctxt.warning = NULL;
}

// Where the tags whose attributes were set apart before parsing end in the bytes libxml2 reads
// (HTMLParser's SetApartAttributes), in page order, with their names, and the next one to meet.
typedef struct {
    const long *tagEnds;
    // Each tag's name in `page`: its start shifted left by 8 bits, and its length (below 100).
    const long *tagNames;
    const unsigned char *page;
    long count;
    long next;
} scrape_SetApartTags;

// Whether libxml2's name of an element (lowercase) is the tag's name as the page wrote it.
static inline int scrape_isTagName(const xmlChar *name, const unsigned char *written, long length) {
    for (long index = 0; index < length; index++) {
        unsigned char byte = written[index];
        if (byte >= 'A' && byte <= 'Z') byte += 0x20;
        if (name[index] != byte) return 0;
    }
    return name[length] == 0;
}

// libxml2's element callback, then the new element's number: its reading position is the `>`
// (or the `/` of `/>`) that ends the tag when it creates the element, so the tag ending there,
// if one was set apart, numbers the element in its `line` field (1 for the first such tag);
// every other element gets 0. An element libxml2 adds itself (the `<body>` a `<div>` in the
// head implies) may be created at the same position, the tag's attributes being gone: the
// names tell them apart.
static inline void scrape_startElement(void *context, const xmlChar *name, const xmlChar **attributes) {
    htmlParserCtxtPtr parser = (htmlParserCtxtPtr)context;
    xmlNodePtr parent = parser->node;
    xmlSAX2StartElement(context, name, attributes);
    xmlNodePtr element = parser->node;
    if (element == NULL || element == parent || element->type != XML_ELEMENT_NODE) return;
    element->line = 0;
    scrape_SetApartTags *tags = (scrape_SetApartTags *)parser->_private;
    if (tags == NULL || parser->input == NULL) return;
    long at = (long)parser->input->consumed + (long)(parser->input->cur - parser->input->base);
    while (tags->next < tags->count && tags->tagEnds[tags->next] < at) tags->next++;
    if (tags->next < tags->count && tags->tagEnds[tags->next] == at
        && scrape_isTagName(name, tags->page + (tags->tagNames[tags->next] >> 8), tags->tagNames[tags->next] & 0xFF)) {
        element->line = (unsigned short)(tags->next + 1);
        tags->next++;
    }
}

// Has the parser number the elements of the tags set apart (NULL: none were).
static inline void scrape_numberSetApartTags(htmlParserCtxtPtr context, scrape_SetApartTags *tags) {
    if (context == NULL) return;
    context->_private = tags;
    context->linenumbers = 0;
    context->sax->startElement = scrape_startElement;
}

#endif
