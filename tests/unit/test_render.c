/* Atlas index parsing and headless drawing, checked pixel by pixel. */
#include "test_common.h"
#include "render.h"

#include <SDL.h>
#include <SDL_image.h>
#include <string.h>

static void atlas_index_parses_and_finds(void **state)
{
    (void)state;
    ren_atlas a;
    char err[128];
    assert_true(ren_atlas_parse(&a, "# atlas 64 32\napple 0 0 16 16\nbanana 16 0 8 8\n", err,
                                sizeof err));
    assert_int_equal(a.count, 2);
    assert_int_equal(a.width, 64);
    assert_int_equal(ren_atlas_find(&a, "apple"), 1);
    assert_int_equal(ren_atlas_find(&a, "banana"), 2);
    assert_int_equal(ren_atlas_find(&a, "cherry"), 0);
    assert_string_equal(ren_atlas_name(&a, 2), "banana");
    assert_null(ren_atlas_name(&a, 3));
    ren_atlas_free(&a);
}

static void atlas_index_errors(void **state)
{
    (void)state;
    ren_atlas a;
    char err[128];
    assert_false(ren_atlas_parse(&a, "a 0 0 16 16\nb 0 0 16\n", err, sizeof err));
    assert_string_equal(err, "2: expected 'name x y w h'");
    assert_false(ren_atlas_parse(&a, "b 0 0 1 1\na 0 0 1 1\n", err, sizeof err));
    assert_string_equal(err, "unsorted: sprite names a");
    assert_false(ren_atlas_parse(&a, "a 0 0 0 1\n", err, sizeof err));
    assert_false(ren_atlas_parse(&a, "a 0 0 1 1\na 0 0 1 1\n", err, sizeof err));
    assert_string_equal(err, "duplicate: sprite names a");
}

static Uint32 pixel(SDL_Surface *s, int x, int y)
{
    return ((Uint32 *)((Uint8 *)s->pixels + y * s->pitch))[x];
}

static void headless_sprites_match_the_atlas(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(0), 0);
    ren_context *ren = ren_create_headless();
    assert_non_null(ren);
    assert_true(ren_load_atlas(ren, SQ_SOURCE_DIR "/assets/gen/atlas.png",
                               SQ_SOURCE_DIR "/assets/gen/atlas.txt"));
    uint16_t wall = ren_sprite(ren, "wall_top");
    assert_int_not_equal(wall, 0);
    ren_begin(ren, (ren_color){10, 20, 30, 255});
    ren_draw_sprite(ren, wall, 100, 50);
    ren_draw_nine_slice(ren, ren_sprite(ren, "ui_panel"), (ren_rect){200, 100, 120, 60}, 8);
    ren_fill_rect(ren, (ren_rect){0, 300, 10, 10}, (ren_color){255, 0, 0, 255});
    SDL_Surface *shot = ren_capture(ren);
    ren_end(ren);
    assert_non_null(shot);
    assert_int_equal(shot->w, REN_LOGICAL_W);
    assert_int_equal(shot->h, REN_LOGICAL_H);
    assert_int_equal(pixel(shot, 5, 5), 0xff0a141eu); /* the clear colour */
    assert_int_equal(pixel(shot, 5, 305), 0xffff0000u);

    /* The wall tile's pixels are the atlas's pixels: compare all 256. */
    SDL_Surface *png = IMG_Load(SQ_SOURCE_DIR "/assets/gen/atlas.png");
    assert_non_null(png);
    SDL_Surface *atlas = SDL_ConvertSurfaceFormat(png, SDL_PIXELFORMAT_ARGB8888, 0);
    const ren_rect *r = &ren_get_atlas(ren)->rects[wall - 1];
    for (int y = 0; y < 16; y++)
        for (int x = 0; x < 16; x++) {
            Uint32 src = pixel(atlas, r->x + x, r->y + y);
            if ((src >> 24) == 0xff) assert_int_equal(pixel(shot, 100 + x, 50 + y), src);
        }
    /* The nine-slice panel covers its whole rectangle's middle. */
    assert_int_not_equal(pixel(shot, 260, 130), 0xff0a141eu);
    SDL_FreeSurface(atlas);
    SDL_FreeSurface(png);
    SDL_FreeSurface(shot);
    ren_destroy(ren);
    SDL_Quit();
}

static void missing_atlas_is_an_error_not_a_crash(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(0), 0);
    ren_context *ren = ren_create_headless();
    assert_false(ren_load_atlas(ren, "/nonexistent/atlas.png", "/nonexistent/atlas.txt"));
    ren_begin(ren, (ren_color){0, 0, 0, 255});
    ren_draw_sprite(ren, 1, 0, 0); /* nothing loaded: draws nothing */
    ren_end(ren);
    ren_destroy(ren);
    SDL_Quit();
}

/* A map of random tiles (flipped and turned ones, 16x32 ones, gaps) for the cache test. */
typedef struct {
    int w, h;
    uint32_t tiles[2][40 * 30];
} cache_map;

static void cache_paint(void *user, ren_context *ren, int x, int y, int w, int h)
{
    const cache_map *m = user;
    for (int layer = 0; layer < 2; layer++)
        for (int ty = y / 16 - 2; ty <= (y + h) / 16 + 2; ty++)
            for (int tx = x / 16 - 2; tx <= (x + w) / 16 + 2; tx++) {
                if (tx < 0 || ty < 0 || tx >= m->w || ty >= m->h) continue;
                uint32_t t = m->tiles[layer][ty * m->w + tx];
                if (t) ren_draw_tile(ren, t, tx * 16 - x, ty * 16 - y);
            }
}

/* Drawing the map from cached squares gives the frame that clearing and drawing
 * every tile gives, bit for bit, wherever the view stands (off the map too), and
 * again after the map changes. */
static void cached_tiles_match_direct_drawing(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(0), 0);
    ren_context *ren = ren_create_headless();
    assert_non_null(ren);
    assert_true(ren_load_atlas(ren, SQ_SOURCE_DIR "/assets/gen/atlas.png",
                               SQ_SOURCE_DIR "/assets/gen/atlas.txt"));
    static cache_map m;
    m.w = 40;
    m.h = 30;
    const char *names[] = {"wall_top", "floor_1", "hub_tree", "ui_star", "plant", "portal_0"};
    uint16_t ids[6];
    for (int i = 0; i < 6; i++) {
        ids[i] = ren_sprite(ren, names[i]);
        assert_int_not_equal(ids[i], 0);
    }
    uint32_t seed = 7;
    for (int layer = 0; layer < 2; layer++)
        for (int i = 0; i < m.w * m.h; i++) {
            seed = seed * 1103515245u + 12345u;
            uint32_t pick = (seed >> 16) % 9;
            uint32_t flips = ((seed >> 8) & 7u) << 29; /* REN_FLIP_H, _V, _D */
            m.tiles[layer][i] = pick < 6 && ids[pick] ? (ids[pick] | (layer ? flips : 0)) : 0;
        }
    const ren_color bg = {26, 28, 44, 255};
    static const int views[][2] = {{0, 0}, {37, 91}, {-50, -20}, {200, 120}, {5, 300}, {37, 91}};
    for (int v = 0; v < 7; v++) {
        if (v == 6) m.tiles[0][5 * m.w + 5] = ids[0]; /* the map changes: version 2 */
        int vx = views[v % 6][0], vy = views[v % 6][1];
        ren_begin(ren, bg);
        cache_paint(&m, ren, vx, vy, REN_LOGICAL_W, REN_LOGICAL_H);
        SDL_Surface *direct = ren_capture(ren);
        ren_begin(ren, (ren_color){255, 0, 255, 255}); /* the cache must cover it all */
        assert_true(ren_draw_cached(ren, v == 6 ? 2 : 1, vx, vy, bg, cache_paint, &m));
        SDL_Surface *cached = ren_capture(ren);
        assert_non_null(direct);
        assert_non_null(cached);
        for (int y = 0; y < REN_LOGICAL_H; y++)
            assert_memory_equal((Uint8 *)direct->pixels + y * direct->pitch,
                                (Uint8 *)cached->pixels + y * cached->pitch, REN_LOGICAL_W * 4);
        SDL_FreeSurface(direct);
        SDL_FreeSurface(cached);
    }
    ren_end(ren);
    ren_destroy(ren);
    SDL_Quit();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(atlas_index_parses_and_finds),
        cmocka_unit_test(atlas_index_errors),
        cmocka_unit_test(headless_sprites_match_the_atlas),
        cmocka_unit_test(missing_atlas_is_an_error_not_a_crash),
        cmocka_unit_test(cached_tiles_match_direct_drawing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
