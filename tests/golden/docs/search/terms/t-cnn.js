sitrepSearchData("terms/t-cnn",{"cnn":"zLWl6OzEtx8"});
