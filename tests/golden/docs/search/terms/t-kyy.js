sitrepSearchData("terms/t-kyy",{"kyyiv":"KLCc6"});
