#ifndef NETMAP_CLIBXML2_SHIM_H
#define NETMAP_CLIBXML2_SHIM_H
// libxml2's HTML parser and its entity table, for reading web pages and character references.
//
// Debian builds libxml2 with ICU, and libxml/encoding.h then includes the system's ICU
// headers, whose enums clash with the ICU inside Foundation in any Swift file that imports
// both. netmap never touches an encoding handler (only pointers to one pass through the
// structures it reads), so the ICU part of the headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#endif
