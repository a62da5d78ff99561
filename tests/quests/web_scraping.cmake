# The Web Scraping quest's own tests (levels/web_scraping/): its golden image,
# the Crawl: the spider at the shop's front door, which waits for
# /robots.txt, in the building of rooms whose doors are links labelled with
# their URLs, with the crawler's panel (tests/quests/screens/web_scraping_crawl.replay).
add_test(NAME screen_quest_web_scraping_crawl
         COMMAND ${T}/screens_test.sh ${GAME} $<TARGET_FILE:sq-imgdiff> ${T}/quests/screens
                 ${T}/golden web_scraping_crawl --level ${PROJECT_SOURCE_DIR}/levels/web_scraping/03_the_crawl.lua)
