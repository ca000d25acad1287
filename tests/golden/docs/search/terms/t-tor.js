sitrepSearchData("terms/t-tor",{"toretsk":"ByFq6Exxo8CUYkA9ASKe8"});
