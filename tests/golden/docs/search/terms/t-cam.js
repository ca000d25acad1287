sitrepSearchData("terms/t-cam",{"came":"HPMi8"});
