sitrepSearchData("terms/t-cnn",{"cnn":"zLWl6BVY0x8"});
