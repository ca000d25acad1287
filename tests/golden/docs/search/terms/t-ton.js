sitrepSearchData("terms/t-ton",{"tonne":"VEKd8","tony":"UVU72"});
