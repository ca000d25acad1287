sitrepSearchData("terms/t-cel",{"celebrated":"HPMi8EETk8"});
