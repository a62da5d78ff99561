/*
 * spritegen - SkillQuest text-source pixel-art -> texture atlas generator.
 *
 * Usage:  spritegen OUT_DIR [--tiled TILED_DIR] SOURCE.txt...
 *   Reads every SOURCE file in the order given and writes
 *   OUT_DIR/atlas.png (RGBA) and OUT_DIR/atlas.txt, OUT_DIR/icon_SIZE.png for
 *   each icon, and, with --tiled, TILED_DIR/NAME.tsx + NAME.png for each
 *   tileset and TILED_DIR/README.md listing their tiles: the Tiled editor's
 *   view of the same sprites, so the two never drift apart.
 *   Exit status: 0 ok, 1 error in a source file (or I/O error), 2 bad usage.
 *
 * Source format (line based, UTF-8/ASCII):
 *
 *   # a comment: any line whose first non-blank character is '#'
 *   palette NAME
 *     C  transparent          C is one printable, non-blank character
 *     C  #rrggbb              other than '#'; colours are hex RGB
 *     C  #rrggbbaa            or RGBA (alpha 00 = clear, ff = opaque)
 *   end
 *   palette NAME base=OTHER             the same, starting from OTHER's colours
 *   sprite NAME WxH palette=NAME
 *   <exactly H rows of exactly W palette characters>
 *   end
 *   part NAME WxH palette=NAME          like a sprite, but kept as characters and
 *   <rows>                              not put in the atlas: a piece that compose
 *   end                                 and look colour when they use it
 *   compose NAME [WxH] [frames=N] [bob=ROW]
 *     layer PART|SPRITE [colours=P,...] [at=X,Y] [flip] [frame=K]
 *   end                                 a sprite made of layers, bottom first
 *   look NAME skin=P hair=STYLE[:P]|none top=STYLE:P [legs=P] [extra=STYLE[:P]]...
 *                                       a person: 8 sprites from person_* parts
 *   tileset NAME WxH columns=N          a tileset for the Tiled editor
 *     tile SPRITE [class=CLASS] [solid] [-- what it is]
 *   end                                 (tile ids count from 0 in this order)
 *   icon SPRITE SIZE...                 the program's icon, scaled by whole
 *                                       factors to each SIZE (a multiple of
 *                                       the sprite's size)
 *
 *   - Leading/trailing blanks on every line are ignored. Blank lines are
 *     ignored outside sprites; inside a sprite every non-comment line is a
 *     row (so a blank line there is an error).
 *   - Names are [A-Za-z0-9_]+; palettes and sprites share no namespace but
 *     each must be unique across ALL source files.
 *   - A palette must be defined (in this or an earlier file) before use;
 *     a tileset's, icon's or layer's sprites and parts may be defined in any
 *     file. Parts and sprites share one namespace.
 *   - compose and look: see spritegen_compose.c.
 *   - Errors (unknown palette character, wrong row width or row count,
 *     duplicate names, bad syntax, unterminated block) are reported as
 *     "FILE:LINE: message" on stderr and make the tool exit with status 1.
 *
 * Packing (deterministic, so output is byte-identical on every run):
 *   sprites are sorted by height (descending) then name (strcmp) and placed
 *   on shelves, left to right, with 1 px of transparent padding around
 *   every sprite. Every power-of-two width from 64 to 4096 is tried; the one
 *   giving the smallest power-of-two area wins (ties: the squarer atlas,
 *   then the narrower width).
 *
 * atlas.txt:
 *   # atlas WIDTH HEIGHT
 *   name x y w h          one line per sprite, sorted by name (strcmp)
 */
#include "spritegen.h"

#include <SDL_image.h>
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAD 1

#define MAX_TILES 256
#define MAX_ICON_SIZES 8

typedef struct {
    char sprite[MAX_NAME];
    char cls[MAX_NAME]; /* "" when none */
    int solid;
    char doc[160];
    int line;
} Tile;

typedef struct {
    char name[MAX_NAME];
    int tw, th, columns, ntiles;
    Tile tiles[MAX_TILES];
    const char *file;
    int line;
} Tileset;

typedef struct {
    char sprite[MAX_NAME];
    int sizes[MAX_ICON_SIZES], nsizes;
    const char *file;
    int line;
} Icon;

static Tileset *tilesets;
static int ntilesets;
static Icon icons[4];
static int nicons;

static Palette *palettes;
static int npalettes, cappalettes;
static Sprite *sprites;
static int nsprites, capsprites;

void die_at(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "spritegen: out of memory\n");
        exit(1);
    }
    return q;
}

/* Trim leading and trailing whitespace in place; returns start. */
static char *trim(char *s)
{
    size_t n;
    while (*s == ' ' || *s == '\t')
        s++;
    n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

int valid_name(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n >= MAX_NAME)
        return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_')
            return 0;
    return 1;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Parses "#rrggbb" / "#rrggbbaa" / "transparent". Returns 0 on failure. */
static int parse_colour(const char *s, Uint32 *out)
{
    size_t n = strlen(s), i;
    Uint32 v = 0;
    if (strcmp(s, "transparent") == 0) {
        *out = 0;
        return 1;
    }
    if (s[0] != '#' || (n != 7 && n != 9))
        return 0;
    for (i = 1; i < n; i++) {
        int h = hexval((unsigned char)s[i]);
        if (h < 0)
            return 0;
        v = (v << 4) | (Uint32)h;
    }
    if (n == 7)
        v = (v << 8) | 0xffu;
    *out = v;
    return 1;
}

Palette *find_palette(const char *name)
{
    int i;
    for (i = 0; i < npalettes; i++)
        if (strcmp(palettes[i].name, name) == 0)
            return &palettes[i];
    return NULL;
}

int palette_index(const char *name)
{
    const Palette *p = find_palette(name);
    return p ? (int)(p - palettes) : -1;
}

const Palette *palette_at(int index)
{
    return &palettes[index];
}

Sprite *find_sprite(const char *name)
{
    int i;
    for (i = 0; i < nsprites; i++)
        if (strcmp(sprites[i].name, name) == 0)
            return &sprites[i];
    return NULL;
}

Sprite *new_sprite(const char *name, int w, int h, const char *file, int line)
{
    Sprite *spr;
    if (strlen(name) >= MAX_NAME)
        die_at(file, line, "name too long: '%s'", name);
    if (find_sprite(name) || is_part(name))
        die_at(file, line, "duplicate sprite name '%s'", name);
    if (nsprites == capsprites) {
        capsprites = capsprites ? capsprites * 2 : 32;
        sprites = xrealloc(sprites, sizeof *sprites * (size_t)capsprites);
    }
    spr = &sprites[nsprites++];
    memset(spr, 0, sizeof *spr);
    strcpy(spr->name, name);
    spr->w = w;
    spr->h = h;
    spr->px = calloc((size_t)w * (size_t)h, sizeof *spr->px);
    if (!spr->px) {
        fprintf(stderr, "spritegen: out of memory\n");
        exit(1);
    }
    return spr;
}

/* Splits s into at most max whitespace-separated tokens. */
int tokenize(char *s, char **tok, int max)
{
    int n = 0;
    char *p = s;
    while (*p) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        if (n == max)
            return max + 1;
        tok[n++] = p;
        while (*p && *p != ' ' && *p != '\t')
            p++;
        if (*p)
            *p++ = '\0';
    }
    return n;
}

static void parse_file(const char *file)
{
    FILE *f = fopen(file, "rb");
    char buf[4096];
    int line = 0, state = ST_TOP, block_line = 0, row = 0;
    Palette *pal = NULL;     /* palette being defined */
    Palette *use = NULL;     /* palette of sprite being defined */
    Sprite *spr = NULL;

    if (!f) {
        fprintf(stderr, "%s: cannot open: %s\n", file, strerror(errno));
        exit(1);
    }
    while (fgets(buf, sizeof buf, f)) {
        char *s, *tok[12];
        int nt;
        line++;
        if (!strchr(buf, '\n') && !feof(f))
            die_at(file, line, "line too long");
        s = trim(buf);

        if (state == ST_SPRITE) {
            int x;
            size_t n;
            if (strcmp(s, "end") == 0) {
                if (row != spr->h)
                    die_at(file, line, "sprite '%s' has %d rows, expected %d",
                           spr->name, row, spr->h);
                state = ST_TOP;
                continue;
            }
            if (s[0] == '#')
                continue; /* comment inside sprite */
            n = strlen(s);
            if (row >= spr->h)
                die_at(file, line, "sprite '%s' has more than %d rows (missing 'end'?)",
                       spr->name, spr->h);
            if ((int)n != spr->w)
                die_at(file, line, "row is %d characters wide, sprite '%s' is %d wide",
                       (int)n, spr->name, spr->w);
            for (x = 0; x < spr->w; x++) {
                unsigned char c = (unsigned char)s[x];
                if (!use->defined[c])
                    die_at(file, line, "character '%c' (column %d) is not in palette '%s'",
                           c, x + 1, use->name);
                spr->px[row * spr->w + x] = use->rgba[c];
            }
            row++;
            continue;
        }

        if (state == ST_PART) { /* rows, as in a sprite */
            if (s[0] != '#')
                state = compose_line(s, file, line);
            continue;
        }

        if (s[0] == '\0' || s[0] == '#')
            continue;

        if (state == ST_COMPOSE) {
            state = compose_line(s, file, line);
            continue;
        }

        if (state == ST_TILESET) {
            Tileset *ts = &tilesets[ntilesets - 1];
            Tile *t;
            char *doc = strstr(s, " -- ");
            int k;
            if (doc) {
                *doc = '\0';
                doc = trim(doc + 4);
            }
            nt = tokenize(s, tok, 11);
            if (nt == 1 && strcmp(tok[0], "end") == 0) {
                if (ts->ntiles == 0)
                    die_at(file, line, "tileset '%s' has no tiles", ts->name);
                state = ST_TOP;
                continue;
            }
            if (nt < 2 || nt > 4 || strcmp(tok[0], "tile") != 0 || !valid_name(tok[1]))
                die_at(file, line, "expected 'tile SPRITE [class=NAME] [solid] [-- text]' or 'end'");
            if (ts->ntiles == MAX_TILES)
                die_at(file, line, "tileset '%s' has more than %d tiles", ts->name, MAX_TILES);
            t = &ts->tiles[ts->ntiles++];
            memset(t, 0, sizeof *t);
            strcpy(t->sprite, tok[1]);
            t->line = line;
            for (k = 2; k < nt; k++) {
                if (strcmp(tok[k], "solid") == 0)
                    t->solid = 1;
                else if (strncmp(tok[k], "class=", 6) == 0 && valid_name(tok[k] + 6))
                    strcpy(t->cls, tok[k] + 6);
                else
                    die_at(file, line, "unexpected '%s' (expected class=NAME or solid)", tok[k]);
            }
            if (doc) {
                if (strlen(doc) >= sizeof t->doc || strpbrk(doc, "<>&\"|"))
                    die_at(file, line, "description too long, or with one of < > & \" |");
                strcpy(t->doc, doc);
            }
            continue;
        }

        nt = tokenize(s, tok, 11);
        if (state == ST_PALETTE) {
            Uint32 col;
            unsigned char c;
            if (nt == 1 && strcmp(tok[0], "end") == 0) {
                state = ST_TOP;
                continue;
            }
            if (nt != 2 || strlen(tok[0]) != 1)
                die_at(file, line, "expected 'CHAR COLOUR' or 'end' in palette '%s'", pal->name);
            c = (unsigned char)tok[0][0];
            if (c == '#' || !isgraph(c))
                die_at(file, line, "palette character must be printable and not '#'");
            if (pal->own[c])
                die_at(file, line, "duplicate character '%c' in palette '%s'", c, pal->name);
            if (!parse_colour(tok[1], &col))
                die_at(file, line, "bad colour '%s' (use #rrggbb, #rrggbbaa or transparent)",
                       tok[1]);
            pal->defined[c] = pal->own[c] = 1;
            pal->rgba[c] = col;
            continue;
        }

        /* ST_TOP */
        if (strcmp(tok[0], "palette") == 0) {
            const Palette *base = NULL;
            long base_at = -1;
            if (nt < 2 || nt > 3 || !valid_name(tok[1]) ||
                (nt == 3 && strncmp(tok[2], "base=", 5) != 0))
                die_at(file, line, "expected 'palette NAME [base=PALETTE]'");
            if (find_palette(tok[1]))
                die_at(file, line, "duplicate palette name '%s'", tok[1]);
            if (nt == 3 && !(base = find_palette(tok[2] + 5)))
                die_at(file, line, "unknown palette '%s'", tok[2] + 5);
            if (base) /* an index: the array may move below */
                base_at = base - palettes;
            if (npalettes == cappalettes) {
                cappalettes = cappalettes ? cappalettes * 2 : 4;
                palettes = xrealloc(palettes, sizeof *palettes * (size_t)cappalettes);
            }
            pal = &palettes[npalettes++];
            memset(pal, 0, sizeof *pal);
            strcpy(pal->name, tok[1]);
            if (base_at >= 0) { /* inherits every colour; its own lines may replace them */
                memcpy(pal->defined, palettes[base_at].defined, sizeof pal->defined);
                memcpy(pal->rgba, palettes[base_at].rgba, sizeof pal->rgba);
            }
            state = ST_PALETTE;
            block_line = line;
        } else if (strcmp(tok[0], "sprite") == 0) {
            int w = 0, h = 0;
            char tail;
            if (nt != 4 || !valid_name(tok[1]))
                die_at(file, line, "expected 'sprite NAME WxH palette=NAME'");
            if (sscanf(tok[2], "%dx%d%c", &w, &h, &tail) != 2 || w < 1 || h < 1 ||
                w > MAX_DIM || h > MAX_DIM)
                die_at(file, line, "bad size '%s' (expected WxH, 1..%d)", tok[2], MAX_DIM);
            if (strncmp(tok[3], "palette=", 8) != 0)
                die_at(file, line, "expected 'palette=NAME', got '%s'", tok[3]);
            use = find_palette(tok[3] + 8);
            if (!use)
                die_at(file, line, "unknown palette '%s'", tok[3] + 8);
            spr = new_sprite(tok[1], w, h, file, line);
            row = 0;
            state = ST_SPRITE;
            block_line = line;
        } else if (strcmp(tok[0], "tileset") == 0) {
            Tileset *ts;
            int w = 0, h = 0, cols = 0;
            char tail;
            if (nt != 4 || !valid_name(tok[1]) || sscanf(tok[2], "%dx%d%c", &w, &h, &tail) != 2 ||
                w < 1 || h < 1 || w > MAX_DIM || h > MAX_DIM ||
                sscanf(tok[3], "columns=%d%c", &cols, &tail) != 1 || cols < 1 || cols > 64)
                die_at(file, line, "expected 'tileset NAME WxH columns=N'");
            tilesets = xrealloc(tilesets, sizeof *tilesets * (size_t)(ntilesets + 1));
            ts = &tilesets[ntilesets++];
            memset(ts, 0, sizeof *ts);
            strcpy(ts->name, tok[1]);
            ts->tw = w;
            ts->th = h;
            ts->columns = cols;
            ts->file = file;
            ts->line = line;
            state = ST_TILESET;
            block_line = line;
        } else if (strcmp(tok[0], "icon") == 0) {
            Icon *ic;
            int k;
            if (nt < 3 || !valid_name(tok[1]) || nicons == (int)(sizeof icons / sizeof *icons))
                die_at(file, line, "expected 'icon SPRITE SIZE...' (at most %d icons)",
                       (int)(sizeof icons / sizeof *icons));
            ic = &icons[nicons++];
            memset(ic, 0, sizeof *ic);
            strcpy(ic->sprite, tok[1]);
            ic->file = file;
            ic->line = line;
            for (k = 2; k < nt; k++) {
                char tail;
                if (sscanf(tok[k], "%d%c", &ic->sizes[ic->nsizes], &tail) != 1 ||
                    ic->sizes[ic->nsizes] < 1 || ic->sizes[ic->nsizes] > 1024)
                    die_at(file, line, "bad icon size '%s'", tok[k]);
                ic->nsizes++;
            }
        } else if ((nt = compose_top(tok, nt, file, line)) >= 0) {
            state = nt;
        } else {
            die_at(file, line, "unexpected '%s' (expected 'palette', 'sprite', 'part', 'compose', "
                               "'look', 'tileset', 'icon' or a comment)", tok[0]);
        }
    }
    if (ferror(f))
        die_at(file, line, "read error");
    fclose(f);
    if (state == ST_PALETTE)
        die_at(file, block_line, "palette '%s' has no 'end'", pal->name);
    if (state == ST_SPRITE)
        die_at(file, block_line, "sprite '%s' has no 'end'", spr->name);
    if (state == ST_TILESET)
        die_at(file, block_line, "tileset '%s' has no 'end'", tilesets[ntilesets - 1].name);
    compose_end_of_file(state, file);
}

static int cmp_pack(const void *a, const void *b)
{
    const Sprite *x = a, *y = b;
    if (x->h != y->h)
        return y->h - x->h;
    return strcmp(x->name, y->name);
}

static int cmp_name(const void *a, const void *b)
{
    const Sprite *const *x = a, *const *y = b;
    return strcmp((*x)->name, (*y)->name);
}

static int pow2_at_least(int v)
{
    int p = 1;
    while (p < v)
        p <<= 1;
    return p;
}

/* Shelf-packs sprites (already sorted) into width W; returns the used height
 * or -1 if a sprite does not fit. Stores positions when store != 0. */
static int pack(int W, int store)
{
    int i, x = PAD, y = PAD, shelf = 0;
    for (i = 0; i < nsprites; i++) {
        Sprite *s = &sprites[i];
        if (s->w + 2 * PAD > W)
            return -1;
        if (x + s->w + PAD > W) {
            y += shelf + PAD;
            x = PAD;
            shelf = 0;
        }
        if (store) {
            s->x = x;
            s->y = y;
        }
        x += s->w + PAD;
        if (s->h > shelf)
            shelf = s->h;
    }
    return y + shelf + PAD;
}

static int write_text(const char *path, int W, int H)
{
    FILE *f = fopen(path, "wb");
    Sprite **order;
    int i;
    if (!f)
        return 0;
    order = xrealloc(NULL, sizeof *order * (size_t)nsprites);
    for (i = 0; i < nsprites; i++)
        order[i] = &sprites[i];
    qsort(order, (size_t)nsprites, sizeof *order, cmp_name);
    fprintf(f, "# atlas %d %d\n", W, H);
    for (i = 0; i < nsprites; i++)
        fprintf(f, "%s %d %d %d %d\n", order[i]->name, order[i]->x, order[i]->y, order[i]->w,
                order[i]->h);
    free(order);
    return fclose(f) == 0;
}

static SDL_Surface *new_surface(int w, int h)
{
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32);
    if (!surf) {
        fprintf(stderr, "spritegen: SDL_CreateRGBSurface: %s\n", SDL_GetError());
        exit(1);
    }
    memset(surf->pixels, 0, (size_t)surf->pitch * (size_t)h);
    return surf;
}

/* Copies a sprite to ox, oy, each pixel a scale x scale square. */
static void blit(SDL_Surface *surf, const Sprite *s, int ox, int oy, int scale)
{
    int x, y;
    for (y = 0; y < s->h * scale; y++) {
        Uint8 *dst = (Uint8 *)surf->pixels + (size_t)(oy + y) * (size_t)surf->pitch + (size_t)ox * 4;
        for (x = 0; x < s->w * scale; x++) {
            Uint32 v = s->px[(y / scale) * s->w + x / scale];
            Uint8 a = (Uint8)(v & 0xff);
            if (a == 0) { /* canonical fully transparent pixel */
                dst[4 * x + 0] = dst[4 * x + 1] = dst[4 * x + 2] = dst[4 * x + 3] = 0;
                continue;
            }
            dst[4 * x + 0] = (Uint8)(v >> 24);
            dst[4 * x + 1] = (Uint8)(v >> 16);
            dst[4 * x + 2] = (Uint8)(v >> 8);
            dst[4 * x + 3] = a;
        }
    }
}

/* DIR/NAME into path, or exit: a truncated path would write somewhere else. */
static void join(char *path, size_t size, const char *dir, const char *name, const char *ext)
{
    int n = snprintf(path, size, "%s/%s%s", dir, name, ext);
    if (n < 0 || (size_t)n >= size) {
        fprintf(stderr, "spritegen: path too long: %s/%s%s\n", dir, name, ext);
        exit(1);
    }
}

static void save_png(SDL_Surface *surf, const char *dir, const char *name)
{
    char path[4096];
    join(path, sizeof path, dir, name, "");
    if (IMG_SavePNG(surf, path) != 0) {
        fprintf(stderr, "spritegen: cannot write %s: %s\n", path, IMG_GetError());
        exit(1);
    }
}

static const Sprite *sprite_for(const char *name, const char *file, int line)
{
    const Sprite *s = find_sprite(name);
    if (!s)
        die_at(file, line, "no sprite '%s'", name);
    return s;
}

/* The Tiled editor's view of the art: one PNG and one .tsx per tileset, and a
 * README listing every tile, in the order the tileset lists them. */
static void write_tilesets(const char *dir)
{
    char path[4096];
    FILE *doc;
    int t, i;
    join(path, sizeof path, dir, "README", ".md");
    doc = fopen(path, "wb");
    if (!doc) {
        fprintf(stderr, "spritegen: cannot write %s: %s\n", path, strerror(errno));
        exit(1);
    }
    fprintf(doc, "# SkillQuest's tilesets for the Tiled editor\n\n"
                 "Made by `tools/spritegen.c` from the game's own art (`assets/art/`, listed in\n"
                 "`assets/art/tiled.txt`), together with the atlas, by `cmake --build BUILD --target\n"
                 "assets`: do not edit them, change the sources. Each tile has the custom property\n"
                 "`name`; solid ones `solid` = true. A tile with a class (Tiled 1.8: type) is a thing:\n"
                 "place it as a tile object on an object layer (Insert Tile, T) and it becomes that\n"
                 "thing in the game. Art: CC-BY-4.0, \"SkillQuest developers\" (assets/art/LICENSE.md).\n");
    for (t = 0; t < ntilesets; t++) {
        const Tileset *ts = &tilesets[t];
        int rows = (ts->ntiles + ts->columns - 1) / ts->columns;
        SDL_Surface *surf = new_surface(ts->columns * ts->tw, rows * ts->th);
        FILE *f;
        fprintf(doc, "\n## %s.tsx (%dx%d tiles)\n\n| id | name | class | solid | what it is |\n"
                     "|---|---|---|---|---|\n", ts->name, ts->tw, ts->th);
        join(path, sizeof path, dir, ts->name, ".tsx");
        f = fopen(path, "wb");
        if (!f) {
            fprintf(stderr, "spritegen: cannot write %s: %s\n", path, strerror(errno));
            exit(1);
        }
        fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<!-- Made by tools/spritegen.c from assets/art/ with the atlas (the build's "
                   "assets target): do not edit. -->\n"
                   "<tileset version=\"1.8\" tiledversion=\"1.8.2\" name=\"%s\" tilewidth=\"%d\" "
                   "tileheight=\"%d\" tilecount=\"%d\" columns=\"%d\">\n"
                   " <image source=\"%s.png\" width=\"%d\" height=\"%d\"/>\n",
                ts->name, ts->tw, ts->th, ts->ntiles, ts->columns, ts->name, surf->w, surf->h);
        for (i = 0; i < ts->ntiles; i++) {
            const Tile *tile = &ts->tiles[i];
            const Sprite *s = sprite_for(tile->sprite, ts->file, tile->line);
            if (s->w != ts->tw || s->h != ts->th)
                die_at(ts->file, tile->line, "sprite '%s' is %dx%d; tileset '%s' has %dx%d tiles",
                       s->name, s->w, s->h, ts->name, ts->tw, ts->th);
            blit(surf, s, (i % ts->columns) * ts->tw, (i / ts->columns) * ts->th, 1);
            fprintf(f, " <tile id=\"%d\"", i);
            if (tile->cls[0])
                fprintf(f, " type=\"%s\"", tile->cls);
            fprintf(f, ">\n  <properties>\n   <property name=\"name\" value=\"%s\"/>\n", tile->sprite);
            if (tile->solid)
                fprintf(f, "   <property name=\"solid\" type=\"bool\" value=\"true\"/>\n");
            fprintf(f, "  </properties>\n </tile>\n");
            fprintf(doc, "| %d | `%s` | %s | %s | %s |\n", i, tile->sprite,
                    tile->cls[0] ? tile->cls : "", tile->solid ? "yes" : "", tile->doc);
        }
        fprintf(f, "</tileset>\n");
        if (fclose(f) != 0) {
            fprintf(stderr, "spritegen: cannot write %s\n", path);
            exit(1);
        }
        join(path, sizeof path, ".", ts->name, ".png");
        save_png(surf, dir, path + 2);
        SDL_FreeSurface(surf);
    }
    if (fclose(doc) != 0) {
        fprintf(stderr, "spritegen: cannot write %s/README.md\n", dir);
        exit(1);
    }
}

/* icon_SIZE.png: the sprite scaled by a whole factor, centred on a square. */
static void write_icons(const char *dir)
{
    int k, i;
    for (k = 0; k < nicons; k++) {
        const Icon *ic = &icons[k];
        const Sprite *s = sprite_for(ic->sprite, ic->file, ic->line);
        int side = s->w > s->h ? s->w : s->h;
        for (i = 0; i < ic->nsizes; i++) {
            int size = ic->sizes[i], scale = size / side;
            char name[64];
            SDL_Surface *surf;
            if (scale < 1 || size % side != 0)
                die_at(ic->file, ic->line, "icon size %d is not a multiple of %d", size, side);
            surf = new_surface(size, size);
            blit(surf, s, (size - s->w * scale) / 2, (size - s->h * scale) / 2, scale);
            snprintf(name, sizeof name, "icon_%d.png", size);
            save_png(surf, dir, name);
            SDL_FreeSurface(surf);
        }
    }
}

int main(int argc, char **argv)
{
    int i, W, H, bestW = 0, bestArea = 0, bestH = 0;
    SDL_Surface *surf;
    char *path;
    size_t plen;

    const char *tiled_dir = NULL;
    int first = 2;
    if (argc >= 4 && strcmp(argv[2], "--tiled") == 0) {
        tiled_dir = argv[3];
        first = 4;
    }
    if (argc <= first) {
        fprintf(stderr, "usage: %s OUT_DIR [--tiled TILED_DIR] SOURCE.txt...\n",
                argc > 0 ? argv[0] : "spritegen");
        return 2;
    }
    for (i = first; i < argc; i++)
        parse_file(argv[i]);
    compose_render_all();
    if (nsprites == 0) {
        fprintf(stderr, "spritegen: no sprites defined\n");
        return 1;
    }
    qsort(sprites, (size_t)nsprites, sizeof *sprites, cmp_pack);
    for (W = 64; W <= 4096; W <<= 1) {
        int h = pack(W, 0), ph, area;
        if (h < 0)
            continue;
        ph = pow2_at_least(h);
        area = W * ph;
        /* smallest area wins; on a tie the squarer atlas wins */
        if (bestW == 0 || area < bestArea ||
            (area == bestArea && (W > ph ? W : ph) < (bestW > bestH ? bestW : bestH))) {
            bestW = W;
            bestH = ph;
            bestArea = area;
        }
    }
    if (bestW == 0 || bestH > 4096) {
        fprintf(stderr, "spritegen: sprites do not fit in a 4096x4096 atlas\n");
        return 1;
    }
    W = bestW;
    H = bestH;
    pack(W, 1);

    if (SDL_Init(0) != 0) {
        fprintf(stderr, "spritegen: SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    surf = new_surface(W, H);
    for (i = 0; i < nsprites; i++)
        blit(surf, &sprites[i], sprites[i].x, sprites[i].y, 1);

    plen = strlen(argv[1]) + 16;
    path = xrealloc(NULL, plen);
    snprintf(path, plen, "%s/atlas.png", argv[1]);
    if (IMG_SavePNG(surf, path) != 0) {
        fprintf(stderr, "spritegen: cannot write %s: %s\n", path, IMG_GetError());
        return 1;
    }
    snprintf(path, plen, "%s/atlas.txt", argv[1]);
    if (!write_text(path, W, H)) {
        fprintf(stderr, "spritegen: cannot write %s: %s\n", path, strerror(errno));
        return 1;
    }
    printf("spritegen: %d sprites -> %s/atlas.png (%dx%d)\n", nsprites, argv[1], W, H);
    write_icons(argv[1]);
    if (tiled_dir) {
        write_tilesets(tiled_dir);
        printf("spritegen: %d tilesets -> %s\n", ntilesets, tiled_dir);
    } else {
        for (i = 0; i < ntilesets; i++) /* still checked, so a bad one fails every build */
            for (int k = 0; k < tilesets[i].ntiles; k++)
                sprite_for(tilesets[i].tiles[k].sprite, tilesets[i].file, tilesets[i].tiles[k].line);
    }
    compose_free();
    free(tilesets);
    free(path);
    for (i = 0; i < nsprites; i++)
        free(sprites[i].px);
    free(sprites);
    free(palettes);
    SDL_FreeSurface(surf);
    SDL_Quit();
    return 0;
}
