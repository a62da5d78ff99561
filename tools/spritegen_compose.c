/*
 * spritegen_compose.c - sprites built from other sprites: parts (pictures
 * kept as characters, coloured when they are used), compose blocks (layers
 * stacked into one sprite or an animation) and looks (a person in four
 * facings and two idle frames from shared parts). The format is described at
 * the top of spritegen.c; docs/art.md shows how the art uses it.
 *
 * The rules:
 *   - compose: a layer's characters take the colour of the first of its
 *     colours= palettes that defines them, else of the part's own palette; a
 *     sprite layer keeps its colours. Without WxH the first layer's size.
 *     frames=N makes NAME_0..NAME_N-1 and "{f}" in a layer's name stands for
 *     the frame; frame=K draws a layer only in frame K; bob=ROW moves rows
 *     0..ROW down one pixel in the odd frames (a breath, a hover). Composes
 *     are made after every file is read, in order, so one may use the
 *     sprites of those before it.
 *   - look NAME makes person_NAME_{down,up,left,right}_{0,1} (16x16, frame 1
 *     a breath) from the parts person_body_F, person_top_STYLE_F,
 *     person_hair_STYLE_F and person_extra_STYLE_F (F a facing; a missing
 *     left is the right mirrored), coloured by the palettes given: skin, top
 *     and legs for the body, top then skin for the top, hair for the hair,
 *     an extra's own palette then hair, skin, top for an extra.
 *
 * Why characters and not colours: one drawing of a head serves every skin
 * tone, one drawing of a hairstyle every hair colour. Each layer names the
 * palettes its characters are looked up in, first match wins, and the part's
 * own palette comes last.
 */
#include "spritegen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CHAIN 6
#define MAX_LAYERS 16
#define MAX_FRAMES 16
#define LAYER_NAME (MAX_NAME + 8) /* room for "{f}" before it is replaced */

typedef struct {
    char name[MAX_NAME];
    int w, h;
    char *cells; /* w*h palette characters */
    int pal;     /* index of the part's own palette: palettes may move */
    const char *file;
    int line;
} Part;

typedef struct {
    char name[LAYER_NAME]; /* "{f}" stands for the frame number */
    char alt[MAX_NAME];    /* drawn mirrored when name does not exist ("" none) */
    int pals[MAX_CHAIN], npals;
    int x, y, flip;
    int frame;    /* drawn only in this frame; -1 in every frame */
    int optional; /* skipped when neither name nor alt exists */
} Layer;

typedef struct {
    char name[MAX_NAME];
    int w, h;   /* 0x0: the first layer's size */
    int frames; /* 0: one sprite called name; N: name_0 .. name_N-1 */
    int bob;    /* in odd frames rows 0..bob move down one pixel; -1 never */
    Layer layers[MAX_LAYERS];
    int nlayers;
    const char *file;
    int line;
} Compose;

/* A look's style must have a part for at least one facing. */
typedef struct {
    char prefix[MAX_NAME];
    const char *file;
    int line;
} StyleCheck;

static Part *parts;
static int nparts;
static Compose *composes;
static int ncomposes;
static StyleCheck *checks;
static int nchecks;
static int block = ST_TOP, part_row, open_line; /* the block being read */

/* How a person is drawn: the facings and, for the breath of frame 1, the last
 * row that moves (the waist of the body parts in people.txt). */
static const char *const facings[] = {"down", "up", "left", "right"};
#define PERSON_BOB 12

static Part *find_part(const char *name)
{
    for (int i = 0; i < nparts; i++)
        if (strcmp(parts[i].name, name) == 0)
            return &parts[i];
    return NULL;
}

int is_part(const char *name)
{
    return find_part(name) != NULL;
}

static int parse_size(const char *s, int *w, int *h)
{
    char tail;
    return sscanf(s, "%dx%d%c", w, h, &tail) == 2 && *w >= 1 && *h >= 1 && *w <= MAX_DIM &&
           *h <= MAX_DIM;
}

/* "a,b,c" into palette indices appended to l. */
static void add_palettes(Layer *l, const char *list, const char *file, int line)
{
    char buf[512], *p, *save = NULL;
    if (strlen(list) >= sizeof buf)
        die_at(file, line, "palette list too long");
    strcpy(buf, list);
    for (p = strtok_r(buf, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
        int at = palette_index(p);
        if (at < 0)
            die_at(file, line, "unknown palette '%s'", p);
        if (l->npals == MAX_CHAIN)
            die_at(file, line, "more than %d palettes for one layer", MAX_CHAIN);
        l->pals[l->npals++] = at;
    }
}

static Compose *new_compose(const char *name, const char *file, int line)
{
    Compose *c;
    composes = xrealloc(composes, sizeof *composes * (size_t)(ncomposes + 1));
    c = &composes[ncomposes++];
    memset(c, 0, sizeof *c);
    strcpy(c->name, name);
    c->bob = -1;
    c->file = file;
    c->line = line;
    return c;
}

static Layer *new_layer(Compose *c, const char *name, const char *file, int line)
{
    Layer *l;
    if (c->nlayers == MAX_LAYERS)
        die_at(file, line, "more than %d layers in '%s'", MAX_LAYERS, c->name);
    if (strlen(name) >= LAYER_NAME)
        die_at(file, line, "layer name too long: '%s'", name);
    l = &c->layers[c->nlayers++];
    memset(l, 0, sizeof *l);
    strcpy(l->name, name);
    l->frame = -1;
    return l;
}

/* layer NAME [colours=P,...] [at=X,Y] [flip] [frame=K] */
static void parse_layer(Compose *c, char *s, const char *file, int line)
{
    char *tok[12], tail;
    int nt = tokenize(s, tok, 11), k;
    Layer *l;
    if (nt < 2 || nt > 11 || strcmp(tok[0], "layer") != 0)
        die_at(file, line, "expected 'layer NAME [colours=P,...] [at=X,Y] [flip] [frame=K]' or "
                           "'end' in '%s'", c->name);
    l = new_layer(c, tok[1], file, line);
    for (k = 2; k < nt; k++) {
        if (strncmp(tok[k], "colours=", 8) == 0)
            add_palettes(l, tok[k] + 8, file, line);
        else if (strncmp(tok[k], "at=", 3) == 0) {
            if (sscanf(tok[k] + 3, "%d,%d%c", &l->x, &l->y, &tail) != 2 || l->x < -MAX_DIM ||
                l->x > MAX_DIM || l->y < -MAX_DIM || l->y > MAX_DIM)
                die_at(file, line, "bad '%s' (expected at=X,Y)", tok[k]);
        } else if (strcmp(tok[k], "flip") == 0)
            l->flip = 1;
        else if (strncmp(tok[k], "frame=", 6) == 0) {
            if (sscanf(tok[k] + 6, "%d%c", &l->frame, &tail) != 1 || l->frame < 0 ||
                l->frame >= (c->frames ? c->frames : 1))
                die_at(file, line, "bad '%s' ('%s' has frames 0..%d)", tok[k], c->name,
                       (c->frames ? c->frames : 1) - 1);
        } else
            die_at(file, line, "unexpected '%s' (expected colours=, at=, flip or frame=)", tok[k]);
    }
}

/* compose NAME [WxH] [frames=N] [bob=ROW] */
static void parse_compose(char **tok, int nt, const char *file, int line)
{
    Compose *c;
    char tail;
    int k;
    if (nt < 2 || nt > 5 || !valid_name(tok[1]))
        die_at(file, line, "expected 'compose NAME [WxH] [frames=N] [bob=ROW]'");
    c = new_compose(tok[1], file, line);
    for (k = 2; k < nt; k++) {
        if (strncmp(tok[k], "frames=", 7) == 0) {
            if (sscanf(tok[k] + 7, "%d%c", &c->frames, &tail) != 1 || c->frames < 1 ||
                c->frames > MAX_FRAMES)
                die_at(file, line, "bad '%s' (frames=1..%d)", tok[k], MAX_FRAMES);
        } else if (strncmp(tok[k], "bob=", 4) == 0) {
            if (sscanf(tok[k] + 4, "%d%c", &c->bob, &tail) != 1 || c->bob < 0 ||
                c->bob >= MAX_DIM)
                die_at(file, line, "bad '%s' (expected bob=ROW)", tok[k]);
        } else if (k == 2 && strchr(tok[k], 'x') && !strchr(tok[k], '=')) {
            if (!parse_size(tok[k], &c->w, &c->h))
                die_at(file, line, "bad size '%s' (expected WxH, 1..%d)", tok[k], MAX_DIM);
        } else
            die_at(file, line, "unexpected '%s' (expected WxH, frames=N or bob=ROW)", tok[k]);
    }
    if (c->bob >= 0 && c->frames < 2)
        die_at(file, line, "bob= moves the odd frames: give frames=2 or more");
    if (strlen(c->name) + (c->frames ? 3 : 0) >= MAX_NAME)
        die_at(file, line, "name too long: '%s'", c->name);
}

/* One layer of a person: person_KIND_STYLE_FACING, or the right facing
 * mirrored for the left one. */
static void person_layer(Compose *c, const char *kind, const char *style, const char *facing,
                         const int *pals, int npals, const char *file, int line)
{
    char name[MAX_NAME * 2];
    Layer *l;
    int n = snprintf(name, sizeof name, "person_%s%s%s_%s", kind, style[0] ? "_" : "", style,
                     facing);
    if (n < 0 || n + 1 >= MAX_NAME) /* + 1: the left facing's alt ends in _right */
        die_at(file, line, "style name too long: '%s'", style);
    l = new_layer(c, name, file, line);
    if (strcmp(facing, "left") == 0) {
        memcpy(l->alt, name, (size_t)n - 4);
        strcpy(l->alt + n - 4, "right");
    }
    memcpy(l->pals, pals, sizeof *pals * (size_t)npals);
    l->npals = npals;
    l->optional = 1;
}

static void check_style(const char *kind, const char *style, const char *file, int line)
{
    StyleCheck *sc;
    checks = xrealloc(checks, sizeof *checks * (size_t)(nchecks + 1));
    sc = &checks[nchecks++];
    if (snprintf(sc->prefix, sizeof sc->prefix, "person_%s_%s_", kind, style) >=
        (int)sizeof sc->prefix)
        die_at(file, line, "style name too long: '%s'", style);
    sc->file = file;
    sc->line = line;
}

/* "STYLE[:PALETTE]": the style into style, the palette's index or -1. */
static int style_value(const char *v, char *style, const char *file, int line)
{
    const char *colon = strchr(v, ':');
    size_t n = colon ? (size_t)(colon - v) : strlen(v);
    int pal = -1;
    if (n == 0 || n >= MAX_NAME)
        die_at(file, line, "bad style in '%s'", v);
    memcpy(style, v, n);
    style[n] = '\0';
    if (!valid_name(style))
        die_at(file, line, "bad style name '%s'", style);
    if (colon && (pal = palette_index(colon + 1)) < 0)
        die_at(file, line, "unknown palette '%s'", colon + 1);
    return pal;
}

/* look NAME skin=P hair=STYLE[:P]|none top=STYLE:P [legs=P] [extra=STYLE[:P]]... */
static void parse_look(char **tok, int nt, const char *file, int line)
{
    char hair[MAX_NAME] = "", top[MAX_NAME] = "", extra[8][MAX_NAME];
    int skin = -1, hair_pal = -1, top_pal = -1, legs = -1, extra_pal[8], nextra = 0;
    int k, f;
    if (nt < 2 || !valid_name(tok[1]) || strlen(tok[1]) > 40)
        die_at(file, line, "expected 'look NAME skin=P hair=STYLE[:P] top=STYLE:P [legs=P] "
                           "[extra=STYLE[:P]]...' (NAME up to 40 characters)");
    for (k = 2; k < nt; k++) {
        char *v = strchr(tok[k], '=');
        if (!v)
            die_at(file, line, "expected KEY=VALUE, got '%s'", tok[k]);
        *v++ = '\0';
        if (strcmp(tok[k], "skin") == 0 || strcmp(tok[k], "legs") == 0) {
            int at = palette_index(v);
            if (at < 0)
                die_at(file, line, "unknown palette '%s'", v);
            *(tok[k][0] == 's' ? &skin : &legs) = at;
        } else if (strcmp(tok[k], "hair") == 0) {
            if (strcmp(v, "none") == 0)
                strcpy(hair, "none");
            else
                hair_pal = style_value(v, hair, file, line);
        } else if (strcmp(tok[k], "top") == 0) {
            top_pal = style_value(v, top, file, line);
        } else if (strcmp(tok[k], "extra") == 0) {
            if (nextra == 8)
                die_at(file, line, "more than 8 extras");
            extra_pal[nextra] = style_value(v, extra[nextra], file, line);
            nextra++;
        } else
            die_at(file, line, "unknown key '%s' (expected skin, hair, top, legs or extra)",
                   tok[k]);
    }
    if (skin < 0 || !hair[0] || top_pal < 0)
        die_at(file, line, "look '%s' needs skin=PALETTE, hair=STYLE[:PALETTE] (or none) and "
                           "top=STYLE:PALETTE", tok[1]);
    if (strcmp(hair, "none") != 0)
        check_style("hair", hair, file, line);
    check_style("top", top, file, line);
    for (k = 0; k < nextra; k++)
        check_style("extra", extra[k], file, line);
    for (f = 0; f < 4; f++) {
        char name[MAX_NAME * 2];
        int pals[MAX_CHAIN], n = 0;
        Compose *c;
        snprintf(name, sizeof name, "person_%s_%s", tok[1], facings[f]);
        c = new_compose(name, file, line);
        c->w = c->h = 16;
        c->frames = 2;
        c->bob = PERSON_BOB;
        pals[n++] = skin, pals[n++] = top_pal;
        if (legs >= 0)
            pals[n++] = legs;
        person_layer(c, "body", "", facings[f], pals, n, file, line);
        c->layers[c->nlayers - 1].optional = 0;
        pals[0] = top_pal, pals[1] = skin;
        person_layer(c, "top", top, facings[f], pals, 2, file, line);
        if (strcmp(hair, "none") != 0)
            person_layer(c, "hair", hair, facings[f], &hair_pal, hair_pal >= 0, file, line);
        for (k = 0; k < nextra; k++) {
            n = 0;
            if (extra_pal[k] >= 0)
                pals[n++] = extra_pal[k];
            if (hair_pal >= 0)
                pals[n++] = hair_pal; /* a beard is the hair's colour */
            pals[n++] = skin, pals[n++] = top_pal;
            person_layer(c, "extra", extra[k], facings[f], pals, n, file, line);
        }
    }
}

int compose_top(char **tok, int nt, const char *file, int line)
{
    if (strcmp(tok[0], "part") == 0) {
        Part *p;
        int w, h, pal;
        if (nt != 4 || !valid_name(tok[1]) || strncmp(tok[3], "palette=", 8) != 0)
            die_at(file, line, "expected 'part NAME WxH palette=NAME'");
        if (find_sprite(tok[1]) || find_part(tok[1]))
            die_at(file, line, "duplicate sprite name '%s'", tok[1]);
        if (!parse_size(tok[2], &w, &h))
            die_at(file, line, "bad size '%s' (expected WxH, 1..%d)", tok[2], MAX_DIM);
        if ((pal = palette_index(tok[3] + 8)) < 0)
            die_at(file, line, "unknown palette '%s'", tok[3] + 8);
        parts = xrealloc(parts, sizeof *parts * (size_t)(nparts + 1));
        p = &parts[nparts++];
        memset(p, 0, sizeof *p);
        strcpy(p->name, tok[1]);
        p->w = w;
        p->h = h;
        p->pal = pal;
        p->cells = xrealloc(NULL, (size_t)w * (size_t)h);
        p->file = file;
        p->line = line;
        part_row = 0;
        open_line = line;
        return block = ST_PART;
    }
    if (strcmp(tok[0], "compose") == 0) {
        parse_compose(tok, nt, file, line);
        open_line = line;
        return block = ST_COMPOSE;
    }
    if (strcmp(tok[0], "look") == 0) {
        parse_look(tok, nt, file, line);
        return ST_TOP;
    }
    return -1;
}

int compose_line(char *s, const char *file, int line)
{
    if (block == ST_PART) {
        Part *p = &parts[nparts - 1];
        int x, n = (int)strlen(s);
        if (strcmp(s, "end") == 0) {
            if (part_row != p->h)
                die_at(file, line, "part '%s' has %d rows, expected %d", p->name, part_row, p->h);
            return block = ST_TOP;
        }
        if (part_row >= p->h)
            die_at(file, line, "part '%s' has more than %d rows (missing 'end'?)", p->name, p->h);
        if (n != p->w)
            die_at(file, line, "row is %d characters wide, part '%s' is %d wide", n, p->name, p->w);
        for (x = 0; x < n; x++)
            if (s[x] == '#' || s[x] <= ' ' || s[x] > '~')
                die_at(file, line, "character '%c' (column %d) cannot be a palette character",
                       s[x], x + 1);
        memcpy(p->cells + (size_t)part_row * (size_t)p->w, s, (size_t)n);
        part_row++;
        return ST_PART;
    }
    {
        Compose *c = &composes[ncomposes - 1];
        if (strcmp(s, "end") == 0) {
            if (c->nlayers == 0)
                die_at(file, line, "compose '%s' has no layers", c->name);
            return block = ST_TOP;
        }
        parse_layer(c, s, file, line);
        return ST_COMPOSE;
    }
}

void compose_end_of_file(int state, const char *file)
{
    if (state == ST_PART)
        die_at(file, open_line, "part '%s' has no 'end'", parts[nparts - 1].name);
    if (state == ST_COMPOSE)
        die_at(file, open_line, "compose '%s' has no 'end'", composes[ncomposes - 1].name);
}

/* Straight-alpha "over": the layer's pixel on what is already there. */
static Uint32 over(Uint32 dst, Uint32 src)
{
    unsigned sa = src & 0xff, da = dst & 0xff, oa, c, out = 0;
    if (sa == 0xff || da == 0)
        return src;
    if (sa == 0)
        return dst;
    oa = sa + da * (255 - sa) / 255;
    for (c = 8; c < 32; c += 8) {
        unsigned s = (src >> c) & 0xff, d = (dst >> c) & 0xff;
        unsigned v = (s * sa + d * da * (255 - sa) / 255) / oa;
        out |= (v > 255 ? 255 : v) << c;
    }
    return out | oa;
}

/* One layer of one frame onto px (w x h). */
static void draw_layer(const Compose *c, const Layer *l, int frame, Uint32 *px, int w, int h)
{
    char name[LAYER_NAME + 8], *brace;
    const Part *part;
    const Sprite *spr = NULL;
    int flip = l->flip, lw, lh, x, y;
    strcpy(name, l->name);
    if ((brace = strstr(name, "{f}")) != NULL) {
        char rest[LAYER_NAME];
        strcpy(rest, brace + 3);
        snprintf(brace, sizeof name - (size_t)(brace - name), "%d%s", frame, rest);
    }
    part = find_part(name);
    if (!part && !(spr = find_sprite(name)) && l->alt[0]) {
        flip = !flip;
        if (!(part = find_part(l->alt)))
            spr = find_sprite(l->alt);
    }
    if (!part && !spr) {
        if (l->optional)
            return;
        die_at(c->file, c->line, "'%s': no part or sprite '%s'", c->name, name);
    }
    lw = part ? part->w : spr->w;
    lh = part ? part->h : spr->h;
    for (y = 0; y < lh; y++) {
        for (x = 0; x < lw; x++) {
            int dx = l->x + (flip ? lw - 1 - x : x), dy = l->y + y;
            Uint32 v;
            if (part) {
                unsigned char ch = (unsigned char)part->cells[y * lw + x];
                const Palette *pal = NULL;
                for (int k = 0; k < l->npals && !pal; k++)
                    if (palette_at(l->pals[k])->defined[ch])
                        pal = palette_at(l->pals[k]);
                if (!pal && palette_at(part->pal)->defined[ch])
                    pal = palette_at(part->pal);
                if (!pal)
                    die_at(c->file, c->line,
                           "'%s': character '%c' of part '%s' (%s:%d, row %d) has no colour in "
                           "the layer's palettes or '%s'",
                           c->name, ch, part->name, part->file, part->line + 1 + y, y + 1,
                           palette_at(part->pal)->name);
                v = pal->rgba[ch];
            } else {
                v = spr->px[y * lw + x];
            }
            if (dx >= 0 && dy >= 0 && dx < w && dy < h)
                px[dy * w + dx] = over(px[dy * w + dx], v);
        }
    }
}

/* The size of a compose without one: its first layer's. */
static void first_layer_size(const Compose *c, int *w, int *h)
{
    const Part *p = find_part(c->layers[0].name);
    const Sprite *s = p ? NULL : find_sprite(c->layers[0].name);
    if (!p && !s)
        die_at(c->file, c->line, "'%s' has no size and its first layer '%s' is not a part or "
                                 "sprite of a fixed name", c->name, c->layers[0].name);
    *w = p ? p->w : s->w;
    *h = p ? p->h : s->h;
}

static void render(const Compose *c)
{
    int w = c->w, h = c->h, n = c->frames ? c->frames : 1;
    Uint32 *px;
    if (w == 0)
        first_layer_size(c, &w, &h);
    px = xrealloc(NULL, sizeof *px * (size_t)w * (size_t)h);
    for (int f = 0; f < n; f++) {
        char name[MAX_NAME + 16];
        Sprite *out;
        memset(px, 0, sizeof *px * (size_t)w * (size_t)h);
        for (int i = 0; i < c->nlayers; i++)
            if (c->layers[i].frame < 0 || c->layers[i].frame == f)
                draw_layer(c, &c->layers[i], f, px, w, h);
        if (c->bob >= 0 && f % 2 == 1) { /* a breath: the top moves down, the feet stay */
            for (int y = (c->bob < h ? c->bob : h - 1); y > 0; y--)
                memcpy(px + y * w, px + (y - 1) * w, sizeof *px * (size_t)w);
            memset(px, 0, sizeof *px * (size_t)w);
        }
        if (c->frames)
            snprintf(name, sizeof name, "%s_%d", c->name, f);
        else
            snprintf(name, sizeof name, "%s", c->name);
        out = new_sprite(name, w, h, c->file, c->line);
        memcpy(out->px, px, sizeof *px * (size_t)w * (size_t)h);
    }
    free(px);
}

void compose_render_all(void)
{
    for (int i = 0; i < nchecks; i++) {
        int found = 0;
        for (int f = 0; f < 4 && !found; f++) {
            char name[MAX_NAME * 2];
            snprintf(name, sizeof name, "%s%s", checks[i].prefix, facings[f]);
            found = find_part(name) || find_sprite(name);
        }
        if (!found)
            die_at(checks[i].file, checks[i].line, "no part %sdown, %sup, %sright or %sleft",
                   checks[i].prefix, checks[i].prefix, checks[i].prefix, checks[i].prefix);
    }
    for (int i = 0; i < ncomposes; i++)
        render(&composes[i]);
}

void compose_free(void)
{
    for (int i = 0; i < nparts; i++)
        free(parts[i].cells);
    free(parts);
    free(composes);
    free(checks);
}
