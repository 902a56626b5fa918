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

#endif
