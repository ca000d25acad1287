sitrepSearchData("terms/t-kha",{"kharkiv":"zYKi8DTy0y9xLX0g-xg6xyFk2","kharkivshchyna":"LzSm6","kharkivska":"LzSm2","kharkov":"KxJ26xyFk2"});
