sitrepSearchData("terms/t-ran",{"ran":"GCQk8","range":"DTIn8"});
