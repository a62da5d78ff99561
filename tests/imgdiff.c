/* sq-imgdiff: compares a screenshot with a golden image.
 *
 *   sq-imgdiff [--exact] EXPECTED.png ACTUAL.png [--diff OUT.png]
 *
 * --exact: every pixel must be equal. Headless screenshots are drawn by
 * SDL's software renderer into memory and are the same bit for bit on every
 * run, so their goldens are compared exactly: a player standing one pixel
 * off fails.
 *
 * Without it (the windowed test, whose picture passes through the X server):
 * a pixel differs when any channel differs by more than 16 (of 255); the
 * images match when at most 0.2% of the pixels differ. Writes a diff picture
 * on request. */
#include <SDL.h>
#include <SDL_image.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IMGDIFF_CHANNEL_TOLERANCE 16
#define IMGDIFF_MAX_FRACTION 0.002

static SDL_Surface *load(const char *path)
{
    SDL_Surface *raw = IMG_Load(path);
    if (!raw) {
        fprintf(stderr, "sq-imgdiff: cannot read %s: %s\n", path, IMG_GetError());
        return NULL;
    }
    SDL_Surface *argb = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0);
    SDL_FreeSurface(raw);
    return argb;
}

int main(int argc, char **argv)
{
    bool exact = argc > 1 && strcmp(argv[1], "--exact") == 0;
    if (exact) {
        argv++;
        argc--;
    }
    if (argc != 3 && !(argc == 5 && strcmp(argv[3], "--diff") == 0)) {
        fprintf(stderr, "usage: sq-imgdiff [--exact] EXPECTED.png ACTUAL.png [--diff OUT.png]\n");
        return 2;
    }
    const int tolerance = exact ? 0 : IMGDIFF_CHANNEL_TOLERANCE;
    const double max_fraction = exact ? 0.0 : IMGDIFF_MAX_FRACTION;
    SDL_Surface *a = load(argv[1]), *b = load(argv[2]);
    if (!a || !b || a->w != b->w || a->h != b->h) {
        if (a && b)
            fprintf(stderr, "sq-imgdiff: size %dx%d differs from %dx%d\n", b->w, b->h, a->w, a->h);
        SDL_FreeSurface(a);
        SDL_FreeSurface(b);
        return 1;
    }
    SDL_Surface *diff = SDL_CreateRGBSurfaceWithFormat(0, a->w, a->h, 32, SDL_PIXELFORMAT_ARGB8888);
    long differing = 0;
    int worst = 0;
    for (int y = 0; y < a->h; y++) {
        Uint32 *ra = (Uint32 *)((Uint8 *)a->pixels + y * a->pitch);
        Uint32 *rb = (Uint32 *)((Uint8 *)b->pixels + y * b->pitch);
        Uint32 *rd = diff ? (Uint32 *)((Uint8 *)diff->pixels + y * diff->pitch) : NULL;
        for (int x = 0; x < a->w; x++) {
            int max = 0;
            for (int shift = 0; shift < 32; shift += 8) {
                int d = abs((int)((ra[x] >> shift) & 0xff) - (int)((rb[x] >> shift) & 0xff));
                if (d > max) max = d;
            }
            if (max > worst) worst = max;
            bool differs = max > tolerance;
            differing += differs;
            if (rd) rd[x] = differs ? 0xffff00ffu : (0xff000000u | ((ra[x] >> 2) & 0x3f3f3fu));
        }
    }
    double fraction = (double)differing / ((double)a->w * a->h);
    printf("sq-imgdiff: %ld of %d pixels differ (%.4f%%), largest channel difference %d\n",
           differing, a->w * a->h, fraction * 100.0, worst);
    if (argc == 5 && diff) IMG_SavePNG(diff, argv[4]);
    SDL_FreeSurface(diff);
    SDL_FreeSurface(a);
    SDL_FreeSurface(b);
    if (fraction > max_fraction) {
        if (exact)
            fprintf(stderr, "sq-imgdiff: %s does not match %s exactly\n", argv[2], argv[1]);
        else
            fprintf(stderr, "sq-imgdiff: %s does not match %s (limit %.1f%% of pixels)\n",
                    argv[2], argv[1], IMGDIFF_MAX_FRACTION * 100.0);
        return 1;
    }
    return 0;
}
