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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(atlas_index_parses_and_finds),
        cmocka_unit_test(atlas_index_errors),
        cmocka_unit_test(headless_sprites_match_the_atlas),
        cmocka_unit_test(missing_atlas_is_an_error_not_a_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
