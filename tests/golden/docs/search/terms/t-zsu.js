sitrepSearchData("terms/t-zsu",{"zsu":"QNXdgA_W82"});
