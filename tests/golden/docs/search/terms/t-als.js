sitrepSearchData("terms/t-als",{"also":"BVIi8EPc8KLXfx8xxE5o"});
