/*
 * spritegen.h - what the two halves of tools/spritegen share: the source file
 * reader and packer (spritegen.c) and composition (spritegen_compose.c:
 * parts, compose blocks and people's looks). The format is described at the
 * top of spritegen.c.
 */
#ifndef SPRITEGEN_H
#define SPRITEGEN_H

#include <SDL.h>

#define MAX_NAME 64
#define MAX_DIM 1024

typedef struct {
    char name[MAX_NAME];
    int defined[256];
    int own[256]; /* defined by this palette's lines, not inherited with base= */
    Uint32 rgba[256]; /* packed 0xRRGGBBAA */
} Palette;

typedef struct {
    char name[MAX_NAME];
    int w, h;
    int x, y;
    Uint32 *px; /* w*h packed 0xRRGGBBAA */
} Sprite;

/* Block states of the line reader; the compose ones are handled by compose_line. */
enum { ST_TOP, ST_PALETTE, ST_SPRITE, ST_TILESET, ST_PART, ST_COMPOSE };

void die_at(const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4), noreturn))
#endif
    ;
void *xrealloc(void *p, size_t n);
int valid_name(const char *s);
int tokenize(char *s, char **tok, int max);
Palette *find_palette(const char *name);
/* Palettes by index: pointers move while palettes are being read. */
int palette_index(const char *name); /* -1 when there is none */
const Palette *palette_at(int index);
Sprite *find_sprite(const char *name);
/* A new, transparent sprite; dies at file:line when the name is taken by a
 * sprite or a part. The pointer is valid until the next new_sprite. */
Sprite *new_sprite(const char *name, int w, int h, const char *file, int line);

/* spritegen_compose.c */
int is_part(const char *name);
/* A top-level line starting with part, compose or look: returns the state
 * to continue in, or -1 when tok[0] is none of these. */
int compose_top(char **tok, int nt, const char *file, int line);
/* A line inside a part or compose block (trimmed, not blank, not a comment
 * in a compose block); returns the state to continue in. */
int compose_line(char *s, const char *file, int line);
/* The block still open at the end of a file, or nothing: dies with its line. */
void compose_end_of_file(int state, const char *file);
/* Renders every compose and look into sprites, in the order they were read. */
void compose_render_all(void);
void compose_free(void);

#endif
