sitrepSearchData("terms/x-d185d0b0d180",{"харков":"KxJ26","харків":"KxJ26","харківська":"LzSm2","харьков":"KxJ26","харьковская":"LzSm2"});
