sitrepSearchData("terms/t-nig",{"nightly":"HPMi8"});
