sitrepSearchData("terms/t-yar",{"yard":"RPzi8"});
