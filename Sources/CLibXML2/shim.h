#ifndef NETMAP_CLIBXML2_SHIM_H
#define NETMAP_CLIBXML2_SHIM_H
// libxml2's HTML parser and its entity table, for reading web pages and character references.
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#endif
