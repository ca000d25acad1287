sitrepSearchData("terms/t-4",{"4":"QNXdgA_W82"});
