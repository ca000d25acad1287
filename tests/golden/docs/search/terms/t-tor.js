sitrepSearchData("terms/t-tor",{"toretsk":"ByFq6Exxo8ANVmA9CZNc8"});
