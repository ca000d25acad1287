sitrepSearchData("terms/t-mil",{"mile":"NRB8x0","miles":"NRB88","military":"zLY28KBF68yNHb8HGqyoxxE5oASW32zG_v8"});
