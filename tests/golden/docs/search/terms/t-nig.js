sitrepSearchData("terms/t-nig",{"nightly":"QNXd8"});
