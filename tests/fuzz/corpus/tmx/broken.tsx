<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" name="office" tilewidth="sixteen" tileheight="16" tilecount="16" columns="8">
 <image source="office_tiles.png" width="128" height="32"/>
</tileset>
