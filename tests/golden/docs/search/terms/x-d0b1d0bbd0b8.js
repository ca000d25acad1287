sitrepSearchData("terms/x-d0b1d0bbd0b8",{"блинкен":"UVU72"});
