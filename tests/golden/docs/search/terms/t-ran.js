sitrepSearchData("terms/t-ran",{"range":"DTIn8"});
