#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* realpath */
#endif
/* platform_paths: locating the data root. The marker is the generated atlas
 * index, which every complete data root has. */
#include "platform.h"
#include "log.h"

#include <SDL.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define PLAT_MARKER "assets/gen/atlas.txt"

#ifndef SQ_BIN_TO_DATA
#define SQ_BIN_TO_DATA "../share/skillquest"
#endif
#ifndef SQ_INSTALL_DATADIR_FULL
#define SQ_INSTALL_DATADIR_FULL "/usr/local/share/skillquest"
#endif

bool plat_path(char *out, size_t size, const char *root, const char *relative)
{
    int n = snprintf(out, size, "%s/%s", root, relative);
    return n > 0 && (size_t)n < size;
}

static bool plat_is_data_root(const char *dir)
{
    char marker[4096];
    struct stat st;
    return plat_path(marker, sizeof marker, dir, PLAT_MARKER) && stat(marker, &st) == 0 &&
           S_ISREG(st.st_mode);
}

static bool plat_accept(const char *dir, char *out, size_t size)
{
    if (!plat_is_data_root(dir)) return false;
    /* Resolve "..": messages then name a path a person recognises. */
    char resolved[4096];
    const char *use = realpath(dir, resolved) ? resolved : dir;
    int n = snprintf(out, size, "%s", use);
    return n > 0 && (size_t)n < size;
}

bool plat_find_data_root(const char *override, char *out, size_t size)
{
    if (override) {
        if (plat_accept(override, out, size)) return true;
        log_error("platform: --data-root %s has no %s", override, PLAT_MARKER);
        return false;
    }
    char *base = SDL_GetBasePath(); /* ends with a separator */
    if (base) {
        const char *relative[] = {"", "..", "../..", SQ_BIN_TO_DATA};
        for (size_t i = 0; i < sizeof relative / sizeof *relative; i++) {
            char dir[4096];
            snprintf(dir, sizeof dir, "%s%s", base, relative[i]);
            if (plat_accept(dir, out, size)) {
                SDL_free(base);
                return true;
            }
        }
        SDL_free(base);
    }
    if (plat_accept(SQ_INSTALL_DATADIR_FULL, out, size)) return true;
    log_error("platform: cannot find the game data (%s); use --data-root DIR", PLAT_MARKER);
    return false;
}
