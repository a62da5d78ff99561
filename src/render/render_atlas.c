/* render_atlas: the atlas index, "name x y w h" per line as written by
 * tools/spritegen. Kept apart from drawing so the simulation and the tests
 * can resolve sprite names without a renderer. */
#include "render.h"
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int ren_name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void ren_atlas_free(ren_atlas *atlas)
{
    for (int i = 0; i < atlas->count; i++) free(atlas->names[i]);
    free(atlas->names);
    free(atlas->rects);
    memset(atlas, 0, sizeof *atlas);
}

bool ren_atlas_parse(ren_atlas *atlas, const char *text, char *err, int err_size)
{
    memset(atlas, 0, sizeof *atlas);
    int cap = 0, line_no = 0;
    const char *p = text;
    while (*p) {
        line_no++;
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        char line[256];
        if (len >= sizeof line) {
            snprintf(err, (size_t)err_size, "%d: line too long", line_no);
            goto fail;
        }
        memcpy(line, p, len);
        line[len] = '\0';
        p = eol ? eol + 1 : p + len;
        if (line[0] == '#') {
            sscanf(line, "# atlas %d %d", &atlas->width, &atlas->height);
            continue;
        }
        if (strspn(line, " \t\r") == len) continue;
        char name[128];
        ren_rect r;
        char extra;
        if (sscanf(line, "%127s %d %d %d %d %c", name, &r.x, &r.y, &r.w, &r.h, &extra) != 5 ||
            r.x < 0 || r.y < 0 || r.w <= 0 || r.h <= 0) {
            snprintf(err, (size_t)err_size, "%d: expected 'name x y w h'", line_no);
            goto fail;
        }
        if (atlas->count == cap) {
            cap = cap ? cap * 2 : 64;
            char **names = realloc(atlas->names, (size_t)cap * sizeof *names);
            if (names) atlas->names = names;
            ren_rect *rects = realloc(atlas->rects, (size_t)cap * sizeof *rects);
            if (rects) atlas->rects = rects;
            if (!names || !rects) {
                snprintf(err, (size_t)err_size, "%d: out of memory", line_no);
                goto fail;
            }
        }
        atlas->names[atlas->count] = malloc(strlen(name) + 1);
        if (!atlas->names[atlas->count]) goto fail;
        strcpy(atlas->names[atlas->count], name);
        atlas->rects[atlas->count++] = r;
    }
    /* Names must be sorted and unique for the binary search. */
    for (int i = 1; i < atlas->count; i++) {
        int c = strcmp(atlas->names[i - 1], atlas->names[i]);
        if (c >= 0) {
            snprintf(err, (size_t)err_size, "%s: sprite names %s", c == 0 ? "duplicate" : "unsorted",
                     atlas->names[i]);
            goto fail;
        }
    }
    if (atlas->count > 65534) {
        snprintf(err, (size_t)err_size, "too many sprites (%d)", atlas->count);
        goto fail;
    }
    return true;
fail:
    ren_atlas_free(atlas);
    return false;
}

bool ren_atlas_load(ren_atlas *atlas, const char *path)
{
    memset(atlas, 0, sizeof *atlas);
    FILE *f = fopen(path, "rb");
    if (!f) {
        log_error("render: cannot open %s", path);
        return false;
    }
    char *text = NULL;
    size_t size = 0;
    if (fseek(f, 0, SEEK_END) == 0) {
        long end = ftell(f);
        if (end >= 0 && end < (1l << 24)) size = (size_t)end;
        rewind(f);
    }
    text = malloc(size + 1);
    bool ok = text && fread(text, 1, size, f) == size;
    fclose(f);
    if (!ok) {
        free(text);
        log_error("render: cannot read %s", path);
        return false;
    }
    text[size] = '\0';
    char err[200];
    ok = ren_atlas_parse(atlas, text, err, sizeof err);
    free(text);
    if (!ok) log_error("%s:%s", path, err);
    return ok;
}

uint16_t ren_atlas_find(const ren_atlas *atlas, const char *name)
{
    if (!atlas || atlas->count == 0) return 0;
    char **hit = bsearch(&name, atlas->names, (size_t)atlas->count, sizeof *atlas->names,
                         ren_name_cmp);
    return hit ? (uint16_t)(hit - atlas->names + 1) : 0;
}

const char *ren_atlas_name(const ren_atlas *atlas, uint16_t id)
{
    return id >= 1 && id <= atlas->count ? atlas->names[id - 1] : NULL;
}
