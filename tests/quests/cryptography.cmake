# The Cryptography quest's own tests (levels/cryptography/): its golden image,
# the Nonce Vault's radio room, where a reused AES-GCM nonce leaks a door PIN
# on the eavesdropper's screen (tests/quests/screens/cryptography_nonce.replay).
add_test(NAME screen_quest_cryptography_nonce
         COMMAND ${T}/screens_test.sh ${GAME} $<TARGET_FILE:sq-imgdiff> ${T}/quests/screens
                 ${T}/golden cryptography_nonce --level ${PROJECT_SOURCE_DIR}/levels/cryptography/02_nonce_vault.lua)
