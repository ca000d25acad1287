sitrepSearchData("terms/t-als",{"also":"BVIi8EPc8zDSnoyFVtx8"});
