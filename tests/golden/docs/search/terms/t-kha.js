sitrepSearchData("terms/t-kha",{"kharkiv":"zYKi8FCZ0g-xg6xyFk2BKAny9","kharkivshchyna":"LzSm6","kharkivska":"LzSm2","kharkov":"KxJ26xyFk2"});
