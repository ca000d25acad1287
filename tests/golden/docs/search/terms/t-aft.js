sitrepSearchData("terms/t-aft",{"after":"JzHi2ANVmx0yNHb8HGqx0xxE5o"});
