#ifndef FACTDRILL_CZSTD_SHIM_H
#define FACTDRILL_CZSTD_SHIM_H
/* libzstd (libzstd-dev): the compression of today's Anki packages (collection.anki21b, the media
   map and media files). Only the streaming decoder and encoder are used. */
#include <zstd.h>
#endif
